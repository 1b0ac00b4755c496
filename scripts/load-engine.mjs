// The marker engine is TypeScript: the evaluation and benchmark scripts bundle it aside with
// esbuild (as scripts/build.mjs does) and load it, so that they measure the sources as they
// are, built or not.
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** @returns {Promise<Record<string, Function>>} the markers module's exports, and parseContent */
export async function loadEngine() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outfile = join(root, '.tmp', `markers-engine-${process.pid}.mjs`);
  await mkdir(dirname(outfile), { recursive: true });
  await build({
    stdin: {
      contents:
        "export * from './src/sequences/markers/index.ts'; export { parseContent } from './src/sequences/content.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}
