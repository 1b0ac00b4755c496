// Starts the built CLI (dist/cli/storyboard.cjs, then commands.cjs) with V8's code cache, the way Node 22's
// module.enableCompileCache() does and Node 20 cannot: compiling storyboard's JavaScript is
// a large share of a short command's cost, and the build leaves the compiled code beside the
// bundle (see scripts/build.mjs). Built as dist/cli/boot.cjs; never used from the sources.
import fs = require('node:fs');
import nodeModule = require('node:module');
import path = require('node:path');
import v8 = require('node:v8');
import vm = require('node:vm');

/**
 * Set by the build: the caches' names (with the bundles' hash, so that a stale cache is never
 * used) and the commands that have caches of their own.
 */
declare const STORYBOARD_CODE_CACHE: string;
declare const STORYBOARD_CACHED_COMMANDS: readonly string[];

/**
 * The entry (commander and the commands' definitions) and, required by it when a command
 * runs, the commands themselves: `--help` and `--version` read and load only the first.
 */
const ENTRY = 'storyboard.cjs';
const COMMANDS = './commands.cjs';

// One cache per command and bundle: each holds only the code its command runs, and reading a
// cache costs in proportion to its size. --help, --version and anything unknown use `help`'s.
const cacheName = cacheNameOf(process.argv.slice(2));

// Two V8 settings, set before the bundles are compiled, here as when the build writes the code
// caches, so that the caches match. Only on Node 20, where they were measured: another V8 might
// not know them, and would say so on stderr.
// - V8 optimises a function once it has run for a few "ticks" of work. A storyboard command is
//   over in a fraction of a second, mostly before optimised code could pay back its compilation
//   (on another thread, but on the same CPU bill): waiting for 30 ticks instead of V8's default,
//   clap runs 8% fewer instructions, and `markers` reads a large text as fast or faster (the
//   functions it optimises then have seen more of it).
// - A code cache gets a checksum, checked before use: a damaged cache file is refused (and the
//   code compiled from the bundle) instead of crashing V8 at every run.
if (process.versions.node.startsWith('20.')) {
  v8.setFlagsFromString('--ticks-before-optimization=30');
  v8.setFlagsFromString('--verify-snapshot-checksum');
}

if (process.argv.includes('--debug')) {
  // Traces that point at the TypeScript sources need Node's own loader, which reads the
  // source maps; the few milliseconds the caches save do not matter to someone debugging.
  process.setSourceMapsEnabled(true);
  require(path.join(__dirname, ENTRY));
} else {
  runWithCodeCache(ENTRY);
}

/** Runs a bundle from its compiled code, as Node runs a CommonJS module; returns its exports. */
function runWithCodeCache(name: string): unknown {
  const file = path.join(__dirname, name);
  const cacheFile = path.join(__dirname, STORYBOARD_CODE_CACHE.replace('[bundle]', path.basename(name, '.cjs')).replace('[command]', cacheName));
  const source = fs.readFileSync(file, 'utf8');
  const cachedData = readCache(cacheFile, file);
  // The same wrapper as Node's CommonJS loader gives a module.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  // The build runs each command with this set, each writing what it compiled to its caches.
  if (process.env.STORYBOARD_WRITE_CODE_CACHE === '1') {
    process.once('exit', () => {
      try {
        fs.writeFileSync(cacheFile, script.createCachedData());
      } catch (error) {
        process.stderr.write(`storyboard: the code cache ${cacheFile} cannot be written (${(error as Error).message})\n`);
        process.exitCode = 1;
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFrom(file), module, file, __dirname);
  return module.exports;
}

let commands: unknown;

/** The entry's require: the commands' bundle from its compiled code too, once. */
function requireFrom(file: string): (id: string) => unknown {
  const nodeRequire = nodeModule.createRequire(file);
  return (id) => {
    if (id !== COMMANDS) return nodeRequire(id);
    commands ??= runWithCodeCache(COMMANDS);
    return commands;
  };
}

/**
 * A bundle's cache, unless the bundle changed since the cache was written (V8 compares only the
 * source's length: a bundle edited by hand must not run its old code). A cache is an
 * optimisation: missing (another build, another Node), it is simply not used.
 */
function readCache(cacheFile: string, bundle: string): Buffer | undefined {
  try {
    if (fs.statSync(bundle).mtimeMs > fs.statSync(cacheFile).mtimeMs) return undefined;
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** The command a run is for, as the caches are named: `--content FILE` may come before it. */
function cacheNameOf(args: readonly string[]): string {
  let command: string | undefined;
  for (let i = 0; i < args.length && command === undefined; i++) {
    const arg = args[i] as string;
    if (arg === '--content') i++;
    else if (!arg.startsWith('-')) command = arg;
  }
  return command !== undefined && STORYBOARD_CACHED_COMMANDS.includes(command) ? command : 'help';
}
