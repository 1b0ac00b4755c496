// Builds the CLI: one ESM bundle with shared chunks beside it in dist/cli (commands stay lazy:
// `--help` loads only the entry; chunks stay in the same folder so that paths relative to
// import.meta.url, such as ../../content, hold in src/ and dist/ alike), source maps for `--debug`, then the two files derived from the
// content schema: the JSON Schema for editors and the pre-validated shipped content.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => fileURLToPath(new URL(path, pathToFileURL(root)));

await rm(at('dist'), { recursive: true, force: true });
await build({
  entryPoints: [at('src/cli/main.ts')],
  outdir: at('dist/cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  packages: 'bundle',
  // yaml's Node entry is CommonJS, which esbuild cannot tree-shake; its ESM build is the same
  // parser and lets the bundle keep only what storyboard uses.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // Some CommonJS dependencies call require() or read __filename (write-file-atomic names its
  // temporary files with it): give the ESM bundle what CommonJS modules expect.
  banner: {
    js: [
      "import { createRequire as __sbRequire } from 'node:module';",
      "import { fileURLToPath as __sbPath } from 'node:url';",
      'const require = __sbRequire(import.meta.url);',
      'const __filename = __sbPath(import.meta.url);',
      "const __dirname = __sbPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  logLevel: 'warning',
});

// The build-time helpers need the domain code as JavaScript: bundle it aside and load it.
const helper = at('.tmp/build-helper.mjs');
await mkdir(at('.tmp'), { recursive: true });
await build({
  stdin: {
    contents: [
      "export { ContentSchema } from './src/sequences/content-schema.ts';",
      "export { parseContent } from './src/sequences/content.ts';",
      "export { compileDetector } from './src/sequences/markers/index.ts';",
    ].join(' '),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: helper,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const { ContentSchema, compileDetector, parseContent } = await import(pathToFileURL(helper).href);
const { toJsonSchema } = await import('@valibot/to-json-schema');

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  ...toJsonSchema(ContentSchema, { errorMode: 'ignore' }),
  $id: 'https://storyboard.local/schema/content.schema.json',
  title: "Contenu du storyboard de l'innovation sociale",
  description: 'Séquences, questions et marqueurs lus par `storyboard --content FICHIER`.',
};
await mkdir(at('schema'), { recursive: true });
await writeFile(at('schema/content.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);

// The shipped content, validated once here: at run time a matching hash skips YAML parsing
// and validation, the largest part of `status`'s start-up, and its indicators come already
// read (stemmed), the largest part of `clap`'s. Any edit to the YAML is noticed.
const source = await readFile(at('content/sequences.yaml'));
const content = parseContent(source.toString('utf8'), 'content/sequences.yaml');
const patterns = compileDetector(content).index.patterns;
const sha256 = createHash('sha256').update(source).digest('hex');
await writeFile(at('dist/content.json'), JSON.stringify({ sha256, content }));
// Apart, since only the commands that look for markers need them.
await writeFile(at('dist/patterns.json'), JSON.stringify({ sha256, patterns }));
await rm(helper, { force: true });
