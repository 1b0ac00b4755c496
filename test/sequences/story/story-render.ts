import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTemplate } from '../../../src/cli/render-template.js';
import type { Project } from '../../../src/sequences/index.js';
import { buildStory, type StoryHit } from '../../../src/sequences/story/index.js';
import { CONTENT, DATE } from './story-fixtures.js';

export const DEFAULT_TEMPLATE = readFileSync(fileURLToPath(new URL('../../../templates/story.md.mustache', import.meta.url)), 'utf8');

/** The story as `clap` writes it with the shipped template, for given hits. */
export function story(project: Project, hits: readonly StoryHit[] = [], template = DEFAULT_TEMPLATE): string {
  const view = buildStory({ content: CONTENT, project, hits, date: DATE });
  return renderTemplate(template, { ...view }).text;
}
