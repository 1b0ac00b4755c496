import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { inProcessSessionsEndedAfterEach } from '../helpers/in-process-terminal.js';
import { KEYS } from '../helpers/pty.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';
import { MINI_CONTENT } from '../helpers/mini-content.js';
import { choose, confirm, explain, interrupt, pointTo, script } from '../helpers/scripted-prompts.js';

// The repérage in-process: with the terminal's own prompts on a screen of 100 columns (the
// keys a group presses), or with a script (what is saved).
const COMPLETE = join(REPO, 'test/fixtures/story/complete.yaml');
const open = inProcessSessionsEndedAfterEach();
const SCREEN = { terminalColumns: 100 };

async function completeProject(): Promise<{ cwd: string; path: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-reperage-'));
  expect((await runStoryboard(['new', '--answers', COMPLETE, '--file', 'fabrique.storyboard.yaml'], { cwd })).status).toBe(0);
  return { cwd, path: join(cwd, 'fabrique.storyboard.yaml') };
}

describe('the repérage', () => {
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
    const { cwd, path } = await completeProject();
    const prompts = script(choose('reperage'), confirm('confirmed'), interrupt());
    const session = await runStoryboard(['resume'], { cwd, ...SCREEN, prompts });
    expect(session.status).toBe(130);
    // Everything is answered: no « Continuer »; the repérage comes before « Quitter ».
    expect(prompts.asked[0]).toBe('choose: Que voulez-vous faire ? [revisit, clap, reperage, quit]');
    expect(prompts.asked[1]).toMatch(/^reperage: \d+\/11 found$/);
    expect(prompts.asked.slice(2, 4)).toEqual(['confirm 1/11: besoin-collectif', 'confirm 2/11: beneficiaires']);
    expect(parseProject(readFileSync(path, 'utf8')).reperage?.map((entry) => `${entry.family} ${entry.decision}`)).toEqual(['besoin-collectif confirmed']);
  });

  it('keeps a family the group points to, with its answer and why', async () => {
    // The mini content has one family, whose indicator (« besoin ») the answer does not use.
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-reperage-'));
    writeFileSync(join(cwd, 'mini.yaml'), MINI_CONTENT);
    writeFileSync(join(cwd, 'reponses.yaml'), 'project: { name: Café }\nanswers:\n  besoin-collectif.motivation: Les anciens du village étaient seuls.\n');
    expect((await runStoryboard(['--content', 'mini.yaml', 'new', '--answers', 'reponses.yaml'], { cwd })).status).toBe(0);
    const path = join(cwd, 'cafe.storyboard.yaml');

    const prompts = script(pointTo('besoin-collectif.motivation'), explain('Personne ne venait les voir.'));
    const session = await runStoryboard(['--content', 'mini.yaml', 'reperage'], { cwd, ...SCREEN, prompts });
    expect(session.status).toBe(0);
    expect(prompts.asked).toEqual(['reperage: 0/1 found', 'pointTo 1/1: besoin-collectif', 'explain besoin-collectif: besoin-collectif.motivation']);
    expect(session.stdout).toContain('Repérage enregistré dans cafe.storyboard.yaml');
    expect(parseProject(readFileSync(path, 'utf8')).reperage).toMatchObject([
      { family: 'besoin-collectif', decision: 'added', question: 'besoin-collectif.motivation', note: 'Personne ne venait les voir.' },
    ]);

    // Again, the group says none shows it after all: the family is no longer added.
    const again = await runStoryboard(['--content', 'mini.yaml', 'reperage'], { cwd, ...SCREEN, prompts: script(pointTo(undefined)) });
    expect(again.status).toBe(0);
    expect(parseProject(readFileSync(path, 'utf8')).reperage ?? []).toEqual([]);
  });

  it('says there is nothing to review yet in a project without answers', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-reperage-'));
    writeFileSync(join(cwd, 'vide.yaml'), 'project: { name: Vide }\n');
    expect((await runStoryboard(['new', '--answers', 'vide.yaml'], { cwd })).status).toBe(0);
    const prompts = script();
    const session = await runStoryboard(['reperage'], { cwd, ...SCREEN, prompts });
    expect(session.status).toBe(0);
    expect(session.stdout).toContain('Aucune réponse pour l\u2019instant');
    expect(prompts.asked).toEqual([]);
    expect(parseProject(readFileSync(join(cwd, 'vide.storyboard.yaml'), 'utf8')).reperage).toBeUndefined();
  });

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
