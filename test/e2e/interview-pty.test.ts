import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { KEYS, sessionsEndedAfterEach, type TerminalSession } from '../helpers/pty.js';

const open = sessionsEndedAfterEach();

/** Answers the question on screen: types `text` (newlines as Enter), then validates. */
async function answer(session: TerminalSession, question: string, text: string, from: number): Promise<number> {
  const at = await session.waitFor(question, from);
  await session.type(text);
  session.press(KEYS.ctrlD);
  return at + question.length;
}

describe('the interview in a real pseudo-terminal', () => {
  it('new → three séquences with multi-line answers → Ctrl+C mid-answer → resume continues with the draft', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-pty-'));
    const first = open(['new'], cwd);

    await first.waitFor('Nom du projet');
    await first.type('Café des possibles\n');
    await first.waitFor('Structure porteuse');
    await first.type('Les Possibles\n');
    await first.waitFor('Territoire');
    await first.type('Lens\n');
    await first.waitFor('Contributeurs');
    await first.type('Awa, Marc\n');

    let at = await first.waitFor('Séquence 1/11 — Besoin collectif, aspiration sociale');
    at = await answer(first, "Qu'est-ce qui a motivé l'émergence de l'initiative ?", 'Plus de café au village.\nLes anciens sont isolés.', at);
    at = await answer(first, 'Une envie ? Un besoin ?', 'Un besoin.', at);
    // A pasted block arrives at once and stays whole.
    const pasted = await first.waitFor('Ces éléments sont-ils partagés', at);
    first.press('Oui, par la mairie.\rEt par le centre social.');
    await first.waitFor('Et par le centre social.', pasted);
    first.press(KEYS.ctrlD);

    at = await first.waitFor('Séquence 2/11 — Place centrale aux bénéficiaires', at);
    at = await answer(first, "Qui va bénéficier de l'initiative ?", 'Les habitants.', at);
    at = await answer(first, 'Quels sont les bénéficiaires directs du projet ?', 'Les familles.\n\nEt les anciens.', at);

    at = await first.waitFor('Séquence 3/11 — Le multi-partenariat', at);
    at = await answer(first, 'Comment les bénéficiaires sont-ils impliqués ?', 'Ils tiennent le bar.', at);
    await first.waitFor('Comment participent-ils ?', at);
    await first.type('Une trentaine chaque semaine,\net ils');
    await first.waitFor('et ils', at);
    first.press(KEYS.ctrlC);

    expect(await first.exited).toBe(130);
    expect(first.text).toContain('Progression enregistrée — reprenez avec `npx storyboard resume`');
    expect(first.text).not.toMatch(/\n\s+at \S+:\d+/);

    const path = join(cwd, 'cafe-des-possibles.storyboard.yaml');
    const saved = parseProject(readFileSync(path, 'utf8'));
    expect(saved.project).toEqual({ name: 'Café des possibles', structure: 'Les Possibles', territory: 'Lens', contributors: ['Awa', 'Marc'] });
    expect(saved.answers['besoin-collectif.motivation']?.text).toBe('Plus de café au village.\nLes anciens sont isolés.');
    expect(saved.answers['besoin-collectif.partage']?.text).toBe('Oui, par la mairie.\nEt par le centre social.');
    expect(saved.answers['beneficiaires.directs']?.text).toBe('Les familles.\n\nEt les anciens.');
    expect(Object.keys(saved.answers)).toHaveLength(6);
    expect(saved.drafts['multi-partenariat.participation']?.text).toBe('Une trentaine chaque semaine,\net ils');

    const second = open(['resume'], cwd);
    await second.waitFor('6/31 questions répondues');
    await second.waitFor('Que voulez-vous faire ?');
    second.press(KEYS.enter);
    const back = await second.waitFor('Comment participent-ils ?');
    await second.waitFor('brouillon retrouvé', back);
    await second.waitFor('et ils', back);
    await second.type(' reviennent.');
    second.press(KEYS.ctrlD);
    await second.waitFor('Quels sont les acteurs qui participent aux projets ?', back);
    second.press(KEYS.ctrlC);
    expect(await second.exited).toBe(130);

    const resumed = parseProject(readFileSync(path, 'utf8'));
    expect(resumed.answers['multi-partenariat.participation']?.text).toBe('Une trentaine chaque semaine,\net ils reviennent.');
    expect(resumed.drafts).toEqual({});
  }, 60_000);
});
