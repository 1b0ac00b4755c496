import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { KEYS, sessionsEndedAfterEach, } from '../helpers/pty.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const open = sessionsEndedAfterEach();

async function project() {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-resume-'));
  await runStoryboard(['new', '--answers', join(REPO, 'test/fixtures/answers-cafe.yaml'), '--file', 'cafe.storyboard.yaml'], { cwd });
  return cwd;
}

describe('resume: the menu', () => {
  it('comes back after a séquence is reviewed, and leaves with « Quitter »', async () => {
    const cwd = await project();
    const session = open(['resume'], cwd);
    let at = await session.waitFor('Que voulez-vous faire ?');
    session.press(KEYS.down);
    session.press(KEYS.enter);
    at = await session.waitFor('Quelle séquence revoir ?', at);
    session.press(KEYS.down);
    session.press(KEYS.enter);
    at = await session.waitFor('Séquence 2/11', at);
    for (const question of ["Qui va bénéficier de l'initiative ?", 'Quels sont les bénéficiaires directs']) {
      at = await session.waitFor(question, at);
      if (question.startsWith('Qui va')) await session.type(' Et leurs enfants.');
      session.press(KEYS.ctrlD);
    }
    // The menu again, with the overview brought up to date.
    at = await session.waitFor('Que voulez-vous faire ?', at);
    await session.waitFor('Quitter', at);
    // Continuer, Revoir, Finir avec le Clap, the repérage, then Quitter.
    for (let i = 0; i < 4; i++) session.press(KEYS.down);
    await session.waitFor(/❯ Quitter/, at);
    session.press(KEYS.enter);
    expect(await session.exited).toBe(0);
    expect(session.text.slice(at)).toContain('Tout est enregistré dans cafe.storyboard.yaml');
    const saved = parseProject(readFileSync(join(cwd, 'cafe.storyboard.yaml'), 'utf8'));
    expect(saved.answers['beneficiaires.qui']?.text).toMatch(/Et leurs enfants\.$/);
  }, 40_000);

  it('--sequence takes the number shown on screen', async () => {
    const cwd = await project();
    const session = open(['resume', '--sequence', '5'], cwd);
    const at = await session.waitFor('Séquence 5/11 — Gouvernance partagée');
    // Ctrl+C once the question listens for keys (its key hints are drawn).
    await session.waitFor('Ctrl+C : arrêter', at);
    session.press(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    const refused = await runStoryboard(['resume', '--sequence', '12'], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Donnez son numéro, de 1 à 11, ou son identifiant');
  }, 20_000);
});
