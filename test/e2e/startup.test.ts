import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from '../helpers/run-cli.js';

// What a command loads decides how fast it starts (issue 7): the built CLI is checked from the
// outside, with a preloaded script that records the bundles read and Node's own modules loaded.
const work = mkdtempSync(join(tmpdir(), 'storyboard-startup-'));
const spy = join(work, 'spy.cjs');
const project = join(work, 'complet.storyboard.yaml');

beforeAll(() => {
  writeFileSync(
    spy,
    `const fs = require('node:fs');
const read = fs.readFileSync;
const files = [];
fs.readFileSync = function (file, ...rest) { files.push(String(file)); return read.call(this, file, ...rest); };
const before = new Set(process.moduleLoadList);
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13));
  fs.writeSync(2, '\\nLOADED ' + JSON.stringify({ files, builtins }) + '\\n');
});
`,
  );
  const created = runCli(['new', '--answers', join(REPO, 'test/fixtures/story/complete.yaml'), '--file', project]);
  expect(created.status).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function loads(args: string[]): { bundles: string[]; builtins: string[] } {
  const result = spawnSync(process.execPath, ['--require', spy, BIN, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 15_000,
  });
  expect(result.status).toBe(0);
  const { files, builtins } = JSON.parse(/LOADED (.*)\n/.exec(result.stderr)?.[1] ?? '{}') as { files: string[]; builtins: string[] };
  const bundles = files.filter((file) => file.endsWith('.cjs')).map((file) => file.replace(/.*[\\/]/, ''));
  return { bundles, builtins };
}

const HEAVY_BUILTINS = ['crypto', 'fs/promises', 'child_process', 'worker_threads', 'tty', 'readline'];

describe('start-up', () => {
  it.each([['--help'], ['--version']])('storyboard %s reads the entry only: no command, prompt, preview or heavy Node module', (flag) => {
    const { bundles, builtins } = loads([flag]);
    expect(bundles).toEqual(['storyboard.cjs']);
    expect(builtins.filter((name) => HEAVY_BUILTINS.includes(name))).toEqual([]);
  });

  it.each([['status'], ['clap', '--stdout'], ['markers']])('storyboard %s reads its own command only: no prompts nor preview, nor crypto or fs/promises', (...args) => {
    const [command = '', ...rest] = args;
    const { bundles, builtins } = loads([command, project, ...rest]);
    expect(bundles).toEqual(['storyboard.cjs', `command-${command}.cjs`]);
    expect(builtins.filter((name) => HEAVY_BUILTINS.includes(name))).toEqual([]);
  });
});

// The broken pipe is handled in main.ts, around the process's own streams: only the built
// binary, in a real pipe, can show it.
describe('the built binary in a pipe', () => {
  it('stops quietly when the reader of its output goes away (`storyboard --help | head -1`)', () => {
    const result = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], { encoding: 'utf8' });
    expect(result.stdout).toContain('Utilisation');
    expect(result.stderr).toBe('');
  });
});
