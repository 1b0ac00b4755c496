import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { KEYS, sessionsEndedAfterEach, } from '../helpers/pty.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const COMPLETE = join(REPO, 'test/fixtures/story/complete.yaml');
const open = sessionsEndedAfterEach();

async function completeProject(): Promise<{ cwd: string; path: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-reperage-'));
  expect((await runStoryboard(['new', '--answers', COMPLETE, '--file', 'fabrique.storyboard.yaml'], { cwd })).status).toBe(0);
  return { cwd, path: join(cwd, 'fabrique.storyboard.yaml') };
}

describe('the repérage in a real pseudo-terminal', () => {
  it('reperage → confirm one, reject one, Ctrl+C → status counts them → resume, Clap: the earlier choices come back and the story is written', async () => {
    const { cwd, path } = await completeProject();
    const first = open(['reperage'], cwd);
    let at = await first.waitFor(/storyboard a repéré \d+ des 11 familles/);
    at = await first.waitFor('Famille 1/11 — Besoin collectif, aspiration sociale', at);
    await first.waitFor('Le groupe la reconnaît-il dans le projet ?', at);
    first.press(KEYS.enter);
    at = await first.waitFor('Famille 2/11', at);
    await first.waitFor('Le groupe la reconnaît-il dans le projet ?', at);
    first.press(KEYS.down);
    await first.waitFor(/❯ Non, ce n.est pas ce que nous faisons/, at);
    first.press(KEYS.enter);
    at = await first.waitFor('Famille 3/11', at);
    await first.waitFor('Le groupe la reconnaît-il dans le projet ?', at);
    first.press(KEYS.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text).toContain('Progression enregistrée');

    const saved = parseProject(readFileSync(path, 'utf8'));
    expect(saved.reperage?.map((entry) => `${entry.family} ${entry.decision}`)).toEqual(['besoin-collectif confirmed', 'beneficiaires rejected']);
    expect(saved.reperage?.[0]?.evidence?.length).toBeGreaterThan(0);
    const status = await runStoryboard(['status'], { cwd });
    expect(status.stdout).toContain('Repérage : 1 famille confirmée, 0 ajoutée, 1 écartée');
    expect(JSON.parse((await runStoryboard(['status', '--json'], { cwd })).stdout).reperage).toMatchObject({ confirmed: 1, added: 0, rejected: 1, families: 11 });

    // The Clap from resume: its two questions (answered: validated as they are), the repérage, the story.
    const second = open(['resume'], cwd);
    await second.waitFor('Que voulez-vous faire ?');
    second.press(KEYS.down);
    await second.waitFor(/❯ Finir avec le Clap/);
    second.press(KEYS.enter);
    at = await second.waitFor('racontez votre histoire !');
    second.press(KEYS.ctrlD);
    at = await second.waitFor('Repérez les marqueurs', at);
    second.press(KEYS.ctrlD);
    for (let family = 1; family <= 11; family++) {
      at = await second.waitFor(`Famille ${family}/11`, at);
      await second.waitFor(/Le groupe la reconnaît-il|Une de vos réponses la montre-t-elle/, at);
      second.press(KEYS.enter);
    }
    expect(await second.exited).toBe(0);
    expect(second.text).toContain('Repérage enregistré');
    expect(second.text).toContain('Récit écrit');
    const done = parseProject(readFileSync(path, 'utf8'));
    // The earlier choice is the default: Entrée keeps « écartée ».
    expect(done.reperage?.find((entry) => entry.family === 'beneficiaires')?.decision).toBe('rejected');
    expect(done.reperage?.filter((entry) => entry.decision === 'confirmed').length).toBeGreaterThanOrEqual(5);
    expect(readFileSync(join(cwd, 'fabrique.story.md'), 'utf8')).toContain('# La Fabrique des Deux Rives');
  }, 90_000);

  it('resume offers the repérage on its own in its menu', async () => {
    const { cwd } = await completeProject();
    const session = open(['resume'], cwd);
    await session.waitFor('Que voulez-vous faire ?');
    session.press(KEYS.down + KEYS.down);
    await session.waitFor(/❯ Clap : repérer les marqueurs/);
    session.press(KEYS.enter);
    const at = await session.waitFor('Famille 1/11');
    await session.waitFor('Le groupe la reconnaît-il dans le projet ?', at);
    session.press(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
  }, 60_000);

  it('says there is nothing to review yet in a project without answers', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-reperage-'));
    writeFileSync(join(cwd, 'vide.yaml'), 'project: { name: Vide }\n');
    expect((await runStoryboard(['new', '--answers', 'vide.yaml'], { cwd })).status).toBe(0);
    const session = open(['reperage'], cwd);
    expect(await session.exited).toBe(0);
    expect(session.text).toContain('Aucune réponse pour l\u2019instant');
    expect(parseProject(readFileSync(join(cwd, 'vide.storyboard.yaml'), 'utf8')).reperage).toBeUndefined();
  }, 30_000);

  it('reperage needs a terminal, like every command that asks', async () => {
    const { cwd } = await completeProject();
    const result = await runStoryboard(['reperage'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('storyboard reperage');
  });

  it('new --answers carries a repérage into the project file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-reperage-'));
    writeFileSync(
      join(cwd, 'reponses.yaml'),
      [
        'project: { name: Café }',
        'answers:',
        '  diffusion.quoi: Nous prêtons nos statuts à deux autres villages.',
        'reperage:',
        '  - { family: diffusion, decision: added, question: diffusion.quoi, note: Nos statuts voyagent. }',
        '  - { family: rupture, decision: rejected }',
      ].join('\n'),
    );
    expect((await runStoryboard(['new', '--answers', 'reponses.yaml'], { cwd })).status).toBe(0);
    expect((await runStoryboard(['status'], { cwd })).stdout).toContain('Repérage : 0 famille confirmée, 1 ajoutée, 1 écartée');
    writeFileSync(join(cwd, 'faux.yaml'), 'project: { name: Faux }\nreperage:\n  - { family: diffusion, decision: peut-etre }\n');
    const refused = await runStoryboard(['new', '--answers', 'faux.yaml'], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('faux.yaml:3');
    expect(refused.stderr).toContain('la décision doit être');
  });
});
