import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { REPO } from '../helpers/run-cli.js';
import { answerText, questionId } from './save-loop.js';

// Each kill lands at a random point of a save or of the start that reads the last one: 40 cover
// both many times over (200 did too, in five times as long; run the file alone with more to
// search harder after a change to the writing code).
const KILLS = Number(process.env.CRASH_KILLS ?? 40);
// Bundled whole, it needs no node_modules beside it: outside the repository, out of the linter's way.
const CHILD = join(mkdtempSync(join(tmpdir(), 'storyboard-save-loop-')), 'save-loop.mjs');

// The child must run the real store code: bundle it, as scripts/build.mjs bundles the CLI (one
// file with its dependencies, which also starts faster: 200 restarts add up).
beforeAll(async () => {
  await build({
    entryPoints: [join(REPO, 'test/reliability/save-loop.ts')],
    outfile: CHILD,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'bundle',
    // An ES module, for its top-level await: the CommonJS dependencies it bundles
    // (proper-lockfile, graceful-fs) still expect require and __filename.
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
});
afterAll(() => rmSync(dirname(CHILD), { recursive: true, force: true }));

interface Run {
  /** The highest answer count the child said was saved before it was killed. */
  acknowledged: number;
  /** The count it found in the file when it started. */
  startedAt: number;
}

/**
 * Starts the child, waits until it has acknowledged `saves` more saves (0: until it is ready),
 * then SIGKILLs it after `delayMs`: a random point in a save cycle, or of its start.
 */
function saveThenKill(file: string, saves: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [pathToFileURL(CHILD).pathname, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let acknowledged = 0;
    let startedAt = -1;
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        const ready = /^ready (\d+)$/.exec(line);
        if (ready) {
          startedAt = Number(ready[1]);
          acknowledged = startedAt;
        } else if (/^\d+$/.test(line)) {
          acknowledged = Number(line);
        }
        if ((ready || /^\d+$/.test(line)) && acknowledged - startedAt === saves) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the save loop stopped by itself (${String(_code)}): ${err}`));
      else resolve({ acknowledged, startedAt });
    });
    // A child that never gets ready must not hang the suite.
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

interface Lane {
  kills: number;
  afterSaves: number;
  acknowledged: number;
  leftovers: number;
}

/** Kills one child after another on one project file, checking the file after each kill. */
async function lane(name: string, kills: number): Promise<Lane> {
  const dir = mkdtempSync(join(tmpdir(), 'storyboard-crash-'));
  const file = join(dir, `${name}.storyboard.yaml`);
  let afterSaves = 0;
  let acknowledged = 0;
  for (let kill = 1; kill <= kills; kill++) {
    // A save takes a few milliseconds: kill at a random point of one of the first saves of the run.
    const run = await saveThenKill(file, Math.floor(Math.random() * 4), Math.random() * 8);
    expect(run.startedAt, `${name}: run ${kill} could not read what the previous one left`).toBeGreaterThanOrEqual(0);
    if (run.acknowledged > run.startedAt) afterSaves++;

    // Killed before its very first save: nothing was promised yet.
    if (!existsSync(file)) {
      expect(run.acknowledged).toBe(0);
      continue;
    }
    // The file parses with the tool's own parser, and holds every acknowledged answer, intact.
    const project = parseProject(readFileSync(file, 'utf8'), file);
    const count = Object.keys(project.answers).length;
    expect(count, `${name}: answers after kill ${kill}`).toBeGreaterThanOrEqual(run.acknowledged);
    for (let n = 1; n <= count; n++) {
      expect(project.answers[questionId(n)]?.text, `${name}: answer ${n} after kill ${kill}`).toBe(answerText(n));
    }
    acknowledged = run.acknowledged;
  }
  const leftovers = readdirSync(dir).filter((entry) => entry !== `${name}.storyboard.yaml`).length;
  rmSync(dir, { recursive: true, force: true });
  return { kills, afterSaves, acknowledged, leftovers };
}

describe('crash safety', () => {
  it(`a project saved through saveProject survives ${KILLS} SIGKILLs at random moments, with every acknowledged answer`, async () => {
    // Two projects side by side, one per core.
    const lanes = await Promise.all([lane('a', KILLS / 2), lane('b', KILLS / 2)]);
    const total = (key: keyof Lane) => lanes.reduce((sum, item) => sum + item[key], 0);
    console.log(
      `crash safety: ${total('kills')} SIGKILLs survived, ${total('acknowledged')} acknowledged answers all kept ` +
        `(${total('afterSaves')} kills after at least one save of their run; ${total('leftovers')} temporary files left beside the projects)`,
    );
    expect(total('kills')).toBe(KILLS);
    // Most kills must land while saving, or the test proves little.
    expect(total('afterSaves')).toBeGreaterThan(KILLS / 2);
    // A guard against a hang, not a speed target: on a loaded two-core machine 200 restarts take minutes.
  }, 600_000);
});
