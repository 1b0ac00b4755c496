import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { type InProcessTerminal, inProcessSessionsEndedAfterEach } from '../helpers/in-process-terminal.js';
import { KEYS, sessionsEndedAfterEach, type TerminalSession } from '../helpers/pty.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const openPty = sessionsEndedAfterEach();
const openInProcess = inProcessSessionsEndedAfterEach();

const LONG =
  "Depuis la fermeture du dernier café du village, les habitants n'avaient plus de lieu pour se retrouver, " +
  'et les personnes âgées nous disaient leur isolement, surtout l’hiver, quand les bus ne passent plus.';

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are the point
const MOVES = /\u001b\[[0-9;?]*[A-HJKSTf]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are the point
const OTHER = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-B]|\u001b[=>78]/g;

/**
 * The lines a session wrote that are wider than `columns`: a line ends at a line break or where
 * the program moves the cursor or erases (a prompt redrawn), colours and the like removed.
 */
function tooWide(session: TerminalSession | InProcessTerminal, columns: number): string[] {
  const text = session.raw.replace(MOVES, '\n').replace(OTHER, '');
  return text.split(/\r?\n|\r/).filter((line) => stringWidth(line) > columns);
}

// The interview and resume of the built binary in a pseudo-terminal at two widths, in-process
// (the same prompts, on a screen of that width) at three more.
describe.each([
  [40, 'the built binary'],
  [60, 'in-process'],
  [80, 'in-process'],
  [100, 'the built binary'],
  [200, 'in-process'],
])('at %i columns (%s), no line is wider than the terminal', (columns, how) => {
  const open = (args: string[], cwd: string) =>
    how === 'in-process' ? openInProcess(args, cwd, { cols: columns, rows: 30 }) : openPty(args, cwd, { cols: columns, rows: 30 });

  it('in the interview, resume, status, sequences, markers and clap --preview', async () => {
    const cwd = mkdtempSync(join(tmpdir(), `storyboard-width-${columns}-`));
    const interview = open(['new'], cwd);
    const identity: [string, string][] = [
      ['Nom du projet', 'Café des possibles'],
      ['Structure porteuse', 'Association Les Possibles du Haut-Pays'],
      ['Territoire', 'Lens'],
      ['Contributeurs', 'Awa, Marc'],
    ];
    for (const [question, answer] of identity) {
      await interview.waitFor(question, interview.text.length - 200);
      await interview.type(`${answer}\n`);
    }
    await interview.waitFor('émergence');
    interview.press(LONG);
    await interview.waitFor('passent plus.');
    interview.press(KEYS.ctrlD);
    await interview.waitFor('Une envie');
    interview.press(KEYS.tab);
    await interview.waitFor('Exemples');
    interview.press('Un besoin.');
    await interview.waitFor('besoin.', interview.text.lastIndexOf('Exemples'));
    interview.press(KEYS.ctrlP);
    const back = await interview.waitFor('Retour à la question précédente');
    // The previous question listens once it is drawn again: a key sent before is dropped.
    await interview.waitFor('Ctrl+C : arrêter', back);
    interview.press(KEYS.ctrlD);
    await interview.waitFor('Une envie', interview.text.lastIndexOf('Retour'));
    interview.press(KEYS.ctrlC);
    expect(await interview.exited).toBe(130);
    expect(tooWide(interview, columns)).toEqual([]);

    await runStoryboard(['new', '--answers', join(REPO, 'test/fixtures/story/complete.yaml'), '--file', 'complet.storyboard.yaml'], { cwd });
    const resume = open(['resume', 'cafe-des-possibles.storyboard.yaml'], cwd);
    await resume.waitFor('Que voulez-vous faire');
    resume.press(KEYS.down);
    resume.press(KEYS.enter);
    await resume.waitFor('Quelle séquence revoir');
    resume.press(KEYS.ctrlC);
    await resume.exited;
    expect(tooWide(resume, columns)).toEqual([]);

    for (const args of [
      ['status', 'cafe-des-possibles.storyboard.yaml'],
      ['status', 'complet.storyboard.yaml'],
      ['sequences'],
      ['markers', 'complet.storyboard.yaml'],
      ['clap', '--preview', 'complet.storyboard.yaml'],
      ['content', 'check'],
    ]) {
      // Commands that only write are in-process at every width: their lines follow the
      // screen's columns, the same in a terminal as on this one.
      const command = openInProcess(args, cwd, { cols: columns, rows: 30 });
      expect(await command.exited).toBe(0);
      expect(command.text.length).toBeGreaterThan(100);
      expect({ args, wide: tooWide(command, columns) }).toEqual({ args, wide: [] });
    }
  }, 60_000);
});
