// Starts the built CLI (dist/cli/storyboard.cjs) with V8's code cache, the way Node 22's
// module.enableCompileCache() does and Node 20 cannot: compiling storyboard's JavaScript is
// a large share of a short command's cost, and the build leaves the compiled code beside the
// bundle (see scripts/build.mjs). Built as dist/cli/boot.cjs; never used from the sources.
import fs = require('node:fs');
import nodeModule = require('node:module');
import path = require('node:path');
import v8 = require('node:v8');
import vm = require('node:vm');

/**
 * Set by the build: the bundle's name, the caches' names (with the bundle's hash, so that a
 * stale cache is never used) and the commands that have a cache of their own.
 */
declare const STORYBOARD_BUNDLE: string;
declare const STORYBOARD_CODE_CACHE: string;
declare const STORYBOARD_CACHED_COMMANDS: readonly string[];

const bundle = path.join(__dirname, STORYBOARD_BUNDLE);
// One cache per command: each holds only the code its command runs, and reading a cache costs
// in proportion to its size. --help, --version and anything unknown use the `help` one.
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'help';
const cacheFile = path.join(
  __dirname,
  STORYBOARD_CODE_CACHE.replace('[command]', STORYBOARD_CACHED_COMMANDS.includes(command) ? command : 'help'),
);

// V8 optimises a function once it has run for a few "ticks" of work. A storyboard command is
// over in a fraction of a second, mostly before optimised code could pay back its compilation
// (on another thread, but on the same CPU bill): waiting for 30 ticks instead of V8's default,
// clap runs 8% fewer instructions, and `markers` reads a large text as fast or faster (the
// functions it optimises then have seen more of it). Only on Node 20's V8, where the flag was
// measured: another V8 might not know it, and would say so on stderr. Set before the bundle is
// compiled, here as when the build writes the code caches, so that the caches match.
if (process.versions.v8.startsWith('11.')) v8.setFlagsFromString('--ticks-before-optimization=30');

if (process.argv.includes('--debug')) {
  // Traces that point at the TypeScript sources need Node's own loader, which reads the
  // source map; the few milliseconds the cache saves do not matter to someone debugging.
  process.setSourceMapsEnabled(true);
  require(bundle);
} else {
  runWithCodeCache();
}

function runWithCodeCache(): void {
  const source = fs.readFileSync(bundle, 'utf8');
  const cachedData = readIfPresent(cacheFile);
  // The same wrapper as Node's CommonJS loader gives a module.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  // The build runs a few commands with this set, each adding what it compiled to its cache.
  if (process.env.STORYBOARD_WRITE_CODE_CACHE === '1') {
    process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, nodeModule.createRequire(bundle), module, bundle, __dirname);
}

/** The cache is an optimisation: missing (another build, another Node), it is simply not used. */
function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
