import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';
import { answer, choose, interrupt, keep, script } from '../helpers/scripted-prompts.js';

// resume in-process, its menus and questions answered by a script; one resume in a real
// terminal is in test/e2e/interview-pty.test.ts.
const SCREEN = { terminalColumns: 100 };
const MENU = 'choose: Que voulez-vous faire ? [continue, revisit, clap, reperage, quit]';

async function project() {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-resume-'));
  await runStoryboard(['new', '--answers', join(REPO, 'test/fixtures/answers-cafe.yaml'), '--file', 'cafe.storyboard.yaml'], { cwd });
  return cwd;
}

describe('resume: the menu', () => {
  it('comes back after a séquence is reviewed, and leaves with « Quitter »', async () => {
    const cwd = await project();
    const prompts = script(
      choose('revisit'),
      choose('beneficiaires'),
      answer((request) => `${request.initial} Et leurs enfants.`),
      keep(),
      choose('quit'),
    );
    const session = await runStoryboard(['resume'], { cwd, ...SCREEN, prompts });
    expect(session.status).toBe(0);
    expect(prompts.left).toBe(0);
    expect(prompts.asked).toEqual([
      MENU,
      expect.stringMatching(/^choose: Quelle séquence revoir \? \[besoin-collectif, beneficiaires, .*, clap\]$/),
      'sequence 2/11: beneficiaires',
      expect.stringMatching(/^question beneficiaires\.qui \(answer: /),
      'question beneficiaires.directs',
      // The menu again, with the overview brought up to date.
      MENU,
    ]);
    expect(session.stdout.match(/Café des possibles — \d+\/31 questions répondues/g)).toHaveLength(2);
    expect(session.stdout.slice(session.stdout.lastIndexOf('Café des possibles —'))).toContain('Tout est enregistré dans cafe.storyboard.yaml');
    const saved = parseProject(readFileSync(join(cwd, 'cafe.storyboard.yaml'), 'utf8'));
    expect(saved.answers['beneficiaires.qui']?.text).toMatch(/Et leurs enfants\.$/);
  });

  it('--sequence takes the number shown on screen', async () => {
    const cwd = await project();
    const prompts = script(interrupt());
    const session = await runStoryboard(['resume', '--sequence', '5'], { cwd, ...SCREEN, prompts });
    expect(session.status).toBe(130);
    expect(prompts.asked[0]).toBe('sequence 5/11: gouvernance-partagee');
    expect(session.stderr).toContain('Progression enregistrée');
    const refused = await runStoryboard(['resume', '--sequence', '12'], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Donnez son numéro, de 1 à 11, ou son identifiant');
  });
});
