import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const UNFINISHED = join(REPO, 'test/fixtures/story/unfinished.yaml');
// The story's date comes from SOURCE_DATE_EPOCH when set: 2024-05-02.
const ENV = { SOURCE_DATE_EPOCH: '1714644000' };

/** A project made with `new --answers`, in a fresh folder. */
async function projectFrom(answers: string, file = 'projet.storyboard.yaml'): Promise<{ cwd: string; file: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-clap-'));
  const created = await runStoryboard(['new', '--answers', answers, '--file', file], { cwd });
  expect(created.status).toBe(0);
  return { cwd, file };
}

// The preview in a real terminal, through the built binary: marked-terminal, the pager and
// the terminal's own width.
describe('storyboard clap --preview in a terminal', () => {
  it.each([
    ['NO_COLOR', { NO_COLOR: '1' }, false],
    ['TERM=dumb', { TERM: 'dumb' }, false],
    ['colours', {}, true],
  ])('--preview in a terminal renders the story (%s)', async (_name, env, colours) => {
    const { cwd, file } = await projectFrom(UNFINISHED);
    const environment: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...process.env, TERM: 'xterm-256color', PAGER: 'cat', ...ENV, ...env })) {
      if (value !== undefined && ((key !== 'NO_COLOR' && key !== 'FORCE_COLOR') || key in env)) environment[key] = value;
    }
    const pty = spawn(process.execPath, [BIN, 'clap', file, '--preview'], { cwd, cols: 100, rows: 40, env: environment });
    let output = '';
    pty.onData((data) => {
      output += data;
    });
    const code = await new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
    expect(code).toBe(0);
    expect(output).toContain('Café des possibles');
    expect(output).toContain('Les marqueurs de l');
    // Rendered, not raw: no front matter, no table pipes.
    expect(output).not.toContain('lang: "fr"');
    expect(output).not.toContain('| --- |');
    expect(output.includes('\u001b[')).toBe(colours);
  });

  it('--preview in a terminal goes through $PAGER, its lines as wide as the terminal at most', async () => {
    const { cwd, file } = await projectFrom(UNFINISHED);
    const pager = join(cwd, 'pager.sh');
    writeFileSync(pager, `#!/bin/sh\ncat > "${join(cwd, 'paged.txt')}"\n`);
    chmodSync(pager, 0o755);
    const environment: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...process.env, TERM: 'xterm-256color', ...ENV, NO_COLOR: '1', PAGER: pager })) {
      if (value !== undefined && key !== 'FORCE_COLOR') environment[key] = value;
    }
    const pty = spawn(process.execPath, [BIN, 'clap', file, '--preview'], { cwd, cols: 50, rows: 20, env: environment });
    const code = await new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
    expect(code).toBe(0);
    const paged = readFileSync(join(cwd, 'paged.txt'), 'utf8');
    expect(paged).toContain('Les marqueurs de l');
    expect(paged).not.toMatch(/\*\*|^#/m);
    const widest = Math.max(...paged.split('\n').map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(50);
  });
});
