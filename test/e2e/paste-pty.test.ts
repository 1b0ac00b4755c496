import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { KEYS, sessionsEndedAfterEach, type TerminalSession } from '../helpers/pty.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const open = sessionsEndedAfterEach();

/**
 * Sends a long text as a terminal does: in chunks, reading the program's output in between. One
 * write of it all would block this process while the program blocks writing its screen to it.
 */
async function paste(session: TerminalSession, text: string): Promise<void> {
  for (let at = 0; at < text.length; at += 4_096) {
    session.press(text.slice(at, at + 4_096));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
/** A new project resumed in a terminal, its first question open; `savedAnswer` reads that answer back. */
async function firstQuestion() {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-paste-'));
  writeFileSync(join(cwd, 'r.yaml'), 'project: { name: Collage }\n');
  expect((await runStoryboard(['new', '--answers', 'r.yaml', '--file', 'p.storyboard.yaml'], { cwd })).status).toBe(0);
  const session = open(['resume', 'p.storyboard.yaml'], cwd);
  await session.waitFor('Que voulez-vous faire ?');
  const rawAtMenu = session.raw;
  session.press(KEYS.enter);
  const asked = await session.waitFor('Ctrl+D : valider');
  const savedAnswer = () => parseProject(readFileSync(join(cwd, 'p.storyboard.yaml'), 'utf8')).answers['besoin-collectif.motivation']?.text;
  return { session, asked, rawAtMenu, savedAnswer };
}

const PASTE_ON = '\u001b[?2004h';
const PASTE_OFF = '\u001b[?2004l';

describe('a paste in a real pseudo-terminal', () => {
  it('asks for bracketed paste during a question only, and takes a long paste whole', async () => {
    const { session, asked, rawAtMenu, savedAnswer } = await firstQuestion();
    expect(rawAtMenu).not.toContain(PASTE_ON);
    expect(session.raw).toContain(PASTE_ON);

    // As a terminal sends it: between the marks, Enter is \r and a Ctrl+D is text, not a key.
    const lines = Array.from({ length: 2_000 }, (_, i) => `Ligne ${i + 1} : un texte écrit ailleurs, à garder tel quel.`);
    await paste(session, `\u001b[200~${lines.slice(0, 1_000).join('\r')}\r\u0004${lines.slice(1_000).join('\r')}\u001b[201~`);
    await session.waitFor('Ligne 2000 :', asked);
    session.press(KEYS.ctrlD);
    await session.waitFor('Une envie ? Un besoin ?', asked);
    session.press(KEYS.ctrlC);
    expect(await session.exited).toBe(130);

    expect(savedAnswer()).toBe(lines.join('\n'));
    // The terminal is handed back as it was: every request for bracketed paste was withdrawn.
    const raw = session.raw;
    expect(raw.split(PASTE_ON).length).toBe(raw.split(PASTE_OFF).length);
    expect(raw.lastIndexOf(PASTE_OFF)).toBeGreaterThan(raw.lastIndexOf(PASTE_ON));
  });

  it('takes a bare paste (no bracketed paste) whole, and Ctrl+D sent right behind it as a key', async () => {
    const { session, asked, savedAnswer } = await firstQuestion();
    const lines = Array.from({ length: 2_000 }, (_, i) => `Ligne ${i + 1} : écrite ailleurs, collée ici.`);
    await paste(session, `${lines.join('\r')}${KEYS.ctrlD}`);
    await session.waitFor('Une envie ? Un besoin ?', asked);
    session.press(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    expect(savedAnswer()).toBe(lines.join('\n'));
  });
});
