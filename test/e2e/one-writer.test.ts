import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, TerminalSession } from '../helpers/pty.js';
import { REPO, runCli } from '../helpers/run-cli.js';

const ANSWERS = join(REPO, 'test/fixtures/answers-cafe.yaml');
const sessions: TerminalSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

describe('one writer per project', () => {
  it('refuses a second session naming the first, then recovers the lock of a killed one', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-lock-'));
    expect(runCli(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd }).status).toBe(0);
    const path = join(cwd, 'cafe.storyboard.yaml');
    const before = readFileSync(path);

    const first = new TerminalSession(['resume', 'cafe.storyboard.yaml'], cwd);
    sessions.push(first);
    await first.waitFor('Que voulez-vous faire ?');

    const second = new TerminalSession(['resume', 'cafe.storyboard.yaml'], cwd);
    sessions.push(second);
    expect(await second.exited).toBe(1);
    expect(second.text.replace(/\s+/g, ' ')).toMatch(/est déjà ouvert par « storyboard resume » \(processus \d+ sur .+, depuis \d\d:\d\d\)/);

    const script = runCli(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd });
    expect(script.status).toBe(1);
    expect(script.stderr).toContain('est déjà ouvert par « storyboard resume »');
    expect(readFileSync(path)).toEqual(before);

    // A session that dies without cleaning up must not lock the person out of their work.
    first.kill('SIGKILL');
    await first.exited;
    expect(runCli(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd }).stderr).toContain('déjà ouvert');
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const third = new TerminalSession(['resume', 'cafe.storyboard.yaml'], cwd);
    sessions.push(third);
    await third.waitFor('Que voulez-vous faire ?');
    third.press(KEYS.ctrlC);
    expect(await third.exited).toBe(130);
    expect(readFileSync(path)).toEqual(before);
  }, 40_000);
});
