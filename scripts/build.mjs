// Builds the CLI as CommonJS bundles in dist/cli, started by bin/storyboard.js (with Node's own
// compile cache where the running Node has one):
// - storyboard.cjs: the entry, commander and the commands' definitions, all `--help` and
//   `--version` need;
// - command-NAME.cjs, one per command (and report-failure.cjs): required by the entry when that
//   command runs (or fails), with all it needs; esbuild initialises a module inside a bundle
//   only when that module is imported;
// - vendor-prompts.cjs, vendor-preview.cjs: the interactive prompts and the terminal preview,
//   large and needed by few commands, required only when those run.
// Source maps for `--debug`, then the two files derived from the content schema: the JSON
// Schema for editors and the pre-validated shipped content. dist/cli sits two levels below the
// package root like src/cli, so that paths such as ../../content hold in both.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => fileURLToPath(new URL(path, pathToFileURL(root)));

/** What is kept out of storyboard.cjs, and the bundle it is required from instead. */
const VENDORS = {
  '@inquirer/core': './vendor-prompts.cjs',
  '@inquirer/prompts': './vendor-prompts.cjs',
  '../preview.js': './vendor-preview.cjs',
  '../markdown-html.js': './vendor-html.cjs',
};
const vendorsApart = {
  name: 'vendors-apart',
  setup(build) {
    const names = Object.keys(VENDORS).map((name) => name.replace(/[./]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, ({ path }) => ({ path: VENDORS[path], external: true }));
  },
};

// chalk finds out at load time whether the terminal has colours, loading node:tty and node:os
// for it; storyboard decides that itself (src/cli/styles.ts) and gives every chalk it makes
// its level, so the main bundle takes chalk's detection for browsers, which loads nothing.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(importer)
        ? { path: fileURLToPath(new URL('node_modules/chalk/source/vendor/supports-color/browser.js', pathToFileURL(root))) }
        : undefined,
    );
  },
};

// commander requires node:child_process as it loads, for executable subcommands, which
// storyboard has none of; loading it (with net, dgram…) costs every command a few milliseconds.
// commander gets it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

// The French stemmer needs two classes of @nlpjs/core, whose index loads the whole toolkit
// (containers, storage, timers…): every marker command paid for it. It gets the two files.
const stemmerCoreOnly = {
  name: 'stemmer-core-only',
  setup(build) {
    build.onResolve({ filter: /^@nlpjs\/core$/ }, ({ importer }) =>
      /[\\/]@nlpjs[\\/]lang-fr[\\/]/.test(importer) ? { path: 'nlpjs-core', namespace: 'stemmer-core' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stemmer-core' }, () => ({
      contents: "module.exports = { Among: require('@nlpjs/core/src/among'), BaseStemmer: require('@nlpjs/core/src/base-stemmer') };",
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * What program.ts imports when a command runs (or fails): every module of src/cli/commands, and
 * report-failure.ts. Each becomes a bundle of its own holding all it needs, so that a command
 * reads, compiles and keeps in memory only its own code; a new command file needs nothing here.
 */
const COMMAND_MODULES = Object.fromEntries([
  ...readdirSync(at('src/cli/commands'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`command-${file.replace(/\.ts$/, '')}`, `src/cli/commands/${file}`]),
  ['report-failure', 'src/cli/report-failure.ts'],
]);
const bundleOf = new Map(Object.entries(COMMAND_MODULES).map(([name, module]) => [at(module), `./${name}.cjs`]));
const commandsApart = {
  name: 'commands-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, ({ kind, importer, path }) => {
      if (kind !== 'dynamic-import' || importer !== at('src/cli/program.ts')) return undefined;
      const bundle = bundleOf.get(at(`src/cli/${path.replace(/^\.\//, '').replace(/\.js$/, '.ts')}`));
      if (!bundle) throw new Error(`program.ts imports ${path}, which is neither in src/cli/commands nor report-failure.ts`);
      return { path: bundle, external: true };
    });
  },
};

const commonJs = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  packages: 'bundle',
  // import() of a sibling bundle becomes require(): synchronous, and loaded once.
  supported: { 'dynamic-import': false },
  // yaml's Node entry is CommonJS, which esbuild cannot tree-shake; its ESM build is the same
  // parser and lets the bundle keep only what storyboard uses.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // The sources are ES modules that find shipped files from import.meta.url.
  define: { 'import.meta.url': '__storyboardUrl' },
  banner: { js: "const __storyboardUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

/**
 * storyboard's own bundles: source maps for --debug (lines in src/, without a copy of the
 * sources: the commands' bundles share most of their code, and their maps would repeat it),
 * and no comments or blanks (40% smaller: a command reads its bundle whole, and memory first
 * touched costs a process more than most of its code does). Names are kept.
 */
const ours = { sourcemap: true, sourcesContent: false, minifyWhitespace: true, minifySyntax: true };

await rm(at('dist'), { recursive: true, force: true });
await build({
  ...commonJs,
  entryPoints: [at('src/cli/main.ts')],
  outfile: at('dist/cli/storyboard.cjs'),
  ...ours,
  plugins: [commandsApart, lazyChildProcess],
});
await build({
  ...commonJs,
  entryPoints: Object.fromEntries(Object.entries(COMMAND_MODULES).map(([name, module]) => [name, at(module)])),
  outdir: at('dist/cli'),
  outExtension: { '.js': '.cjs' },
  ...ours,
  plugins: [vendorsApart, lazyChildProcess, chalkWithoutDetection, stemmerCoreOnly],
});
await build({
  ...commonJs,
  stdin: {
    contents: "export * from '@inquirer/core'; export { confirm, input, select } from '@inquirer/prompts';",
    resolveDir: root,
  },
  outfile: at('dist/cli/vendor-prompts.cjs'),
});
await build({
  ...commonJs,
  entryPoints: [at('src/cli/preview.ts')],
  outfile: at('dist/cli/vendor-preview.cjs'),
});
await build({
  ...commonJs,
  entryPoints: [at('src/cli/markdown-html.ts')],
  outfile: at('dist/cli/vendor-html.cjs'),
});

/**
 * Writes each non-ASCII UTF-16 unit of a bundle as `\uXXXX`, the same character for a string,
 * a regular expression (with or without the u flag: a pair of escapes is one character there)
 * and an identifier; and moves the columns of its source map to match.
 */
async function keepAscii(file) {
  const code = await readFile(file, 'utf8');
  if (!/[^\0-\x7f]/.test(code)) return;
  // In a raw template the escape would stay six characters: the one place it changes meaning.
  if (/String\.raw`[^`]*[^\0-\x7f]/.test(code)) throw new Error(`${file}: String.raw\`…\` holds a non-ASCII character; write it as \\u…`);
  const lines = code.split('\n');
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  const mappings = map.mappings.split(';');
  lines.forEach((line, index) => {
    if (!/[^\0-\x7f]/.test(line)) return;
    // Where each non-ASCII unit sits: a mapping after it moves right by 5 columns per unit.
    const wide = [];
    for (let column = 0; column < line.length; column++) if (line.charCodeAt(column) > 0x7f) wide.push(column);
    const shift = (column) => 5 * wide.filter((at) => at < column).length;
    let previous = 0;
    let moved = 0;
    mappings[index] = (mappings[index] ?? '')
      .split(',')
      .map((segment) => {
        if (segment === '') return segment;
        const [delta, length] = readVlq(segment);
        const column = previous + delta;
        previous = column;
        const target = column + shift(column);
        const out = writeVlq(target - moved) + segment.slice(length);
        moved = target;
        return out;
      })
      .join(',');
    lines[index] = line.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  });
  map.mappings = mappings.join(';');
  await writeFile(file, lines.join('\n'));
  await writeFile(`${file}.map`, JSON.stringify(map));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first number of a source map segment, and how many characters it took. */
function readVlq(segment) {
  let value = 0;
  let shift = 0;
  let index = 0;
  for (;;) {
    const digit = BASE64.indexOf(segment[index++]);
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return [value & 1 ? -(value >>> 1) : value >>> 1, index];
}

function writeVlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}

// Our bundles stay ASCII. esbuild escapes non-ASCII characters everywhere but in regular
// expressions (`/[·•∙]/`), and a single one left makes the whole bundle two-byte text for
// Node and V8: requiring the commands' bundle then took 54 million instructions instead of 31 (Node 24).
for (const name of ['storyboard', ...Object.keys(COMMAND_MODULES)]) await keepAscii(at(`dist/cli/${name}.cjs`));

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

// The shipped content, validated once here: at run time the same YAML text skips YAML parsing
// and validation, the largest part of `status`'s start-up, and its indicators come already
// read (stemmed), the largest part of `clap`'s. Any edit to the YAML is noticed.
const source = await readFile(at('content/sequences.yaml'));
const content = parseContent(source.toString('utf8'), 'content/sequences.yaml');
// Each pattern's elements only, in the detector's order: their sources are the content's own.
const patterns = compileDetector(content).index.patterns.map((pattern) => pattern.elements);
// The YAML as storyboard reads it (UTF-8, a byte order mark dropped), compared whole at run time.
const yaml = new TextDecoder('utf-8', { fatal: true }).decode(source);
const buildId = createHash('sha256').update(source).digest('hex');
await writeFile(at('dist/content.json'), JSON.stringify({ build: buildId, yaml, content }));
// Apart, since only the commands that look for markers need them.
await writeFile(at('dist/patterns.json'), JSON.stringify({ build: buildId, patterns }));
await rm(helper, { force: true });
