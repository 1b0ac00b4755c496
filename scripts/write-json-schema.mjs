// Writes schema/content.schema.json from the valibot schema the CLI validates with, so that
// a facilitator's editor (yaml-language-server) checks a content file as they type, and the
// two can never disagree. Runs after the TypeScript build.
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ContentSchema } from '../dist/sequences/content-schema.js';

const schema = {
  ...toJsonSchema(ContentSchema, { errorMode: 'ignore' }),
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://storyboard.local/schema/content.schema.json',
  title: "Contenu du storyboard de l'innovation sociale",
  description: 'Séquences, questions et marqueurs lus par `storyboard --content FICHIER`.',
};
const target = new URL('../schema/content.schema.json', import.meta.url);
await writeFile(target, `${JSON.stringify(schema, null, 2)}\n`);
