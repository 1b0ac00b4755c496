import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { runStoryboard } from '../helpers/run-in-process.js';
import { answer, back, choose, interrupt, keep, line, script, skip } from '../helpers/scripted-prompts.js';

// new and resume asking their questions, in-process, answered by a script: what is saved and
// what is said. The same walk in a real terminal is test/e2e/interview-pty.test.ts.
const SCREEN = { terminalColumns: 100 };

describe('new, asking', () => {
  it('saves each answer, a skip and a going back, keeps the text typed at Ctrl+C as a draft, and resume offers it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-new-'));
    const first = script(
      line('Café des possibles'),
      line('Les Possibles'),
      line('Lens'),
      line(' Awa , Marc,'),
      answer('Plus de café au village.\nLes anciens sont isolés.'),
      answer('Un besoin.'),
      back('Oui, par'),
      keep(),
      answer((request) => `${request.initial} la mairie.`),
      skip(),
      interrupt('Les familles'),
    );
    const created = await runStoryboard(['new'], { cwd, ...SCREEN, prompts: first });
    expect(created.status).toBe(130);
    expect(first.left).toBe(0);
    expect(created.stdout).toContain('31 questions en tout');
    expect(created.stdout).toContain(`Projet enregistré dans ${join(cwd, 'cafe-des-possibles.storyboard.yaml')}`);
    expect(created.stderr).toContain('Progression enregistrée — reprenez avec `npx storyboard resume`');
    expect(first.asked.slice(4)).toEqual([
      'sequence 1/11: besoin-collectif',
      'question besoin-collectif.motivation',
      'question besoin-collectif.envie-besoin',
      'question besoin-collectif.partage',
      // Back: the answer before, offered again; then the draft left at the question.
      'question besoin-collectif.envie-besoin (answer: Un besoin.)',
      'question besoin-collectif.partage (draft: Oui, par)',
      'sequence 2/11: beneficiaires',
      'question beneficiaires.qui',
      'question beneficiaires.directs',
    ]);

    const path = join(cwd, 'cafe-des-possibles.storyboard.yaml');
    const saved = parseProject(readFileSync(path, 'utf8'));
    expect(saved.project).toEqual({ name: 'Café des possibles', structure: 'Les Possibles', territory: 'Lens', contributors: ['Awa', 'Marc'] });
    expect(saved.answers['besoin-collectif.motivation']?.text).toBe('Plus de café au village.\nLes anciens sont isolés.');
    expect(saved.answers['besoin-collectif.partage']?.text).toBe('Oui, par la mairie.');
    expect(saved.skipped).toEqual(['beneficiaires.qui']);
    expect(Object.keys(saved.answers)).toHaveLength(3);
    expect(saved.drafts['beneficiaires.directs']?.text).toBe('Les familles');

    const second = script(choose('continue'), answer((request) => `${request.initial} et les anciens.`), interrupt());
    const resumed = await runStoryboard(['resume'], { cwd, ...SCREEN, prompts: second });
    expect(resumed.status).toBe(130);
    expect(resumed.stdout).toContain('Café des possibles — 3/31 questions répondues');
    expect(second.asked).toContain('question beneficiaires.directs (draft: Les familles)');
    const after = parseProject(readFileSync(path, 'utf8'));
    expect(after.answers['beneficiaires.directs']?.text).toBe('Les familles et les anciens.');
    expect(after.drafts).toEqual({});
  });

  it('asks the name again while a project of that name exists, and names the project file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-new-'));
    writeFileSync(join(cwd, 'cafe.storyboard.yaml'), 'déjà là');
    const prompts = script(line('  '), line('Café'), line('Café bis'), line(''), line(''), line(''), interrupt());
    const created = await runStoryboard(['new'], { cwd, ...SCREEN, prompts });
    expect(created.status).toBe(130);
    expect(prompts.asked.slice(0, 5)).toEqual([
      'line: Nom du projet',
      'refused: Le nom du projet est nécessaire pour créer son fichier.',
      'line: Nom du projet',
      'refused: Le projet « cafe.storyboard.yaml » existe déjà : pour le continuer, npx storyboard resume cafe.storyboard.yaml',
      'line: Nom du projet',
    ]);
    expect(readFileSync(join(cwd, 'cafe.storyboard.yaml'), 'utf8')).toBe('déjà là');
    expect(parseProject(readFileSync(join(cwd, 'cafe-bis.storyboard.yaml'), 'utf8')).project.name).toBe('Café bis');
  });

  it('Ctrl+C at the first question of the identity leaves nothing behind', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-new-'));
    const stopped = await runStoryboard(['new'], { cwd, ...SCREEN, prompts: script(interrupt()) });
    expect(stopped.status).toBe(130);
    expect(stopped.stderr).toContain('Interrompu : rien n’a été modifié.');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
