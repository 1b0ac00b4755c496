import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { KEYS, sessionsEndedAfterEach, type TerminalSession } from '../helpers/pty.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

// The sessions killed or stopped need processes of their own; the rest of the one-writer rule
// (refusals, a lock lost, merges) runs in-process, in test/commands/one-writer.test.ts.

const ANSWERS = join(REPO, 'test/fixtures/answers-cafe.yaml');
const ENVIE = 'Une envie ? Un besoin ?';
const open = sessionsEndedAfterEach();

async function project(): Promise<{ cwd: string; path: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-lock-'));
  expect((await runStoryboard(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd })).status).toBe(0);
  return { cwd, path: join(cwd, 'cafe.storyboard.yaml') };
}

/** `resume`, « continuer », up to the first open question. */
async function resumeToEnvie(cwd: string): Promise<TerminalSession> {
  const session = open(['resume', 'cafe.storyboard.yaml'], cwd);
  await session.waitFor('Que voulez-vous faire ?');
  session.press(KEYS.enter);
  await session.waitFor(ENVIE);
  return session;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one writer per project, between processes', () => {
  it('refuses a second session naming the first, and takes over at once the lock of a killed one', async () => {
    const { cwd, path } = await project();
    const before = readFileSync(path);

    const first = open(['resume', 'cafe.storyboard.yaml'], cwd);
    await first.waitFor('Que voulez-vous faire ?');

    const second = open(['resume', 'cafe.storyboard.yaml'], cwd);
    expect(await second.exited).toBe(1);
    expect(second.text.replace(/\s+/g, ' ')).toMatch(/est déjà ouvert par « storyboard resume » \(processus \d+ sur .+, depuis \d\d:\d\d\)/);

    // A session that dies without cleaning up must not lock the person out of their work: its
    // process is gone, which is known at once on this machine.
    first.kill('SIGKILL');
    await first.exited;
    const third = open(['resume', 'cafe.storyboard.yaml'], cwd);
    await third.waitFor('Que voulez-vous faire ?');
    third.press(KEYS.ctrlC);
    expect(await third.exited).toBe(130);
    expect(readFileSync(path)).toEqual(before);
  }, 40_000);

  it('keeps the lock of a session stopped past the stale delay, which then saves without losing anything', async () => {
    const { cwd, path } = await project();
    const first = await resumeToEnvie(cwd);

    process.kill(first.pid, 'SIGSTOP');
    await sleep(12_500);
    const second = open(['resume', 'cafe.storyboard.yaml'], cwd);
    expect(await second.exited).toBe(1);
    // The message is wrapped to the terminal's width.
    const refusal = second.text.replace(/\s+/g, ' ');
    expect(refusal).toContain(`processus ${first.pid}`);
    expect(refusal).toContain('est déjà ouvert');
    process.kill(first.pid, 'SIGCONT');

    const at = first.text.length;
    await first.type('Un besoin partagé.');
    first.press(KEYS.ctrlD);
    await first.waitFor('Ces éléments sont-ils partagés', at);
    first.press(KEYS.ctrlC);
    expect(await first.exited).toBe(130);
    const saved = parseProject(readFileSync(path, 'utf8'));
    expect(saved.answers['besoin-collectif.envie-besoin']?.text).toBe('Un besoin partagé.');
    expect(saved.answers['besoin-collectif.motivation']?.text).toContain('Depuis la fermeture du dernier café');
    expect(existsSync(`${path}.lock`)).toBe(false);
  }, 60_000);
});
