import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { KEYS, sessionsEndedAfterEach, type TerminalSession } from '../helpers/pty.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

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

describe('one writer per project', () => {
  it('leaves no lock behind a session that lasted past a few refreshes, so the next one opens at once', async () => {
    const { cwd, path } = await project();
    const first = open(['resume', 'cafe.storyboard.yaml'], cwd);
    const at = await first.waitFor('Que voulez-vous faire ?');
    // The lock is refreshed every 2 s: a refresh must not give it up as someone else's.
    await sleep(5_000);
    for (let i = 0; i < 4; i++) first.press(KEYS.down);
    await first.waitFor(/❯ Quitter/, at);
    first.press(KEYS.enter);
    expect(await first.exited).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
    const second = open(['resume', 'cafe.storyboard.yaml'], cwd);
    await second.waitFor('Que voulez-vous faire ?');
    second.press(KEYS.ctrlC);
    expect(await second.exited).toBe(130);
  }, 40_000);

  it('refuses a second session naming the first, and takes over at once the lock of a killed one', async () => {
    const { cwd, path } = await project();
    const before = readFileSync(path);

    const first = open(['resume', 'cafe.storyboard.yaml'], cwd);
    await first.waitFor('Que voulez-vous faire ?');

    const second = open(['resume', 'cafe.storyboard.yaml'], cwd);
    expect(await second.exited).toBe(1);
    expect(second.text.replace(/\s+/g, ' ')).toMatch(/est déjà ouvert par « storyboard resume » \(processus \d+ sur .+, depuis \d\d:\d\d\)/);

    const script = await runStoryboard(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd });
    expect(script.status).toBe(1);
    expect(script.stderr).toContain('est déjà ouvert par « storyboard resume »');
    expect(readFileSync(path)).toEqual(before);

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

  it('stops saving, and keeps its answers beside the project, once another session holds the lock', async () => {
    const { cwd, path } = await project();
    const first = await resumeToEnvie(cwd);
    const before = readFileSync(path, 'utf8');

    // Another machine's session took the project over (as a shared folder allows).
    rmSync(`${path}.lock`, { recursive: true });
    mkdirSync(`${path}.lock`);
    writeFileSync(
      join(`${path}.lock`, 'owner.json'),
      JSON.stringify({ command: 'resume', pid: 4242, host: 'autre-poste', since: new Date().toISOString(), token: 'other' }),
    );
    await first.type('Un besoin partagé.');
    first.press(KEYS.ctrlD);
    expect(await first.exited).toBe(1);
    const told = first.text.replace(/\s+/g, ' ');
    expect(told).toContain('a été ouvert par « storyboard resume » (processus 4242 sur autre-poste');
    expect(told).toContain("cette session n'enregistre plus rien");
    expect(first.text).not.toContain('Erreur inattendue');
    expect(readFileSync(path, 'utf8')).toBe(before);
    const copies = readdirSync(cwd).filter((name) => name.startsWith('cafe.reponses-non-enregistrees-'));
    expect(copies).toHaveLength(1);
    const kept = parseProject(readFileSync(join(cwd, copies[0] as string), 'utf8'));
    expect(kept.answers['besoin-collectif.envie-besoin']?.text).toBe('Un besoin partagé.');
    // The other session's lock is left alone.
    expect(JSON.parse(readFileSync(join(`${path}.lock`, 'owner.json'), 'utf8')).host).toBe('autre-poste');
  }, 40_000);
});

describe('a change made to the project during a session', () => {
  it('is merged with the answers typed in the session, and a conflicting answer is kept beside it', async () => {
    const { cwd, path } = await project();
    const first = await resumeToEnvie(cwd);

    // By hand, in an editor: a new answer, another answer changed, the territory corrected.
    const edited = readFileSync(path, 'utf8')
      .replace('territory: Communauté de communes du Haut-Pays', 'territory: Haut-Pays')
      .replace('Les habitants du village et des communes voisines, de tous âges.', 'Tous les habitants.')
      .replace(/\nanswers:\n/, `\nanswers:\n  besoin-collectif.partage:\n    text: Oui, par la mairie.\n    answered: 2026-01-01T10:00:00.000Z\n  besoin-collectif.envie-besoin:\n    text: Une envie écrite à la main.\n    answered: 2026-01-01T10:00:00.000Z\n`);
    writeFileSync(path, edited);

    let at = first.text.length;
    await first.type('Un besoin partagé.');
    first.press(KEYS.ctrlD);
    at = await first.waitFor('a été modifié en dehors de cette session', at);
    // The answer written by hand to the next question is taken as given: the walk goes past it.
    await first.waitFor('Quels sont les bénéficiaires directs du projet ?', at);
    first.press(KEYS.ctrlC);
    expect(await first.exited).toBe(130);

    const saved = parseProject(readFileSync(path, 'utf8'));
    expect(saved.project.territory).toBe('Haut-Pays');
    expect(saved.answers['beneficiaires.qui']?.text).toBe('Tous les habitants.');
    expect(saved.answers['besoin-collectif.envie-besoin']?.text).toBe('Un besoin partagé.');
    expect(saved.answers['besoin-collectif.partage']?.text).toBe('Oui, par la mairie.');
    expect(first.text).toContain('besoin-collectif.envie-besoin');
    const copies = readdirSync(cwd).filter((name) => name.startsWith('cafe.autre-version-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(cwd, copies[0] as string), 'utf8')).toBe(edited);
  }, 40_000);
});
