import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { MINI_CONTENT } from '../helpers/mini-content.js';
import { inProcessSessionsEndedAfterEach } from '../helpers/in-process-terminal.js';
import { KEYS } from '../helpers/pty.js';
import { runStoryboard } from '../helpers/run-in-process.js';

// In-process, with the terminal's own prompts on a screen of 100 columns and a real editor (a
// shell script) started as the person's $VISUAL.
const SENTENCE = 'Nous travaillons avec les écoles : chaque partenaire signe une convention annuelle.';
const TYPED = 'Déjà écrit : « café ».';
const CTRL_E = '\u0005';

const open = inProcessSessionsEndedAfterEach();

/** A folder with the mini content and an editor script that does `body` to the file ($1). */
function setUp(body: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-editor-'));
  writeFileSync(join(cwd, 'mini.yaml'), MINI_CONTENT);
  const editor = join(cwd, 'editeur.sh');
  writeFileSync(editor, `#!/bin/sh\ncp "$1" "${join(cwd, 'recu.txt')}"\n${body}\n`);
  chmodSync(editor, 0o755);
  return { cwd, editor };
}

/** `new Café` on the mini content, identity questions left empty, up to the first question. */
async function startNew(cwd: string, env: Record<string, string | undefined>) {
  const session = open(['--content', 'mini.yaml', 'new', 'Café'], cwd, { env });
  for (const field of ['Structure porteuse', 'Territoire', 'Contributeurs']) {
    await session.waitFor(field);
    session.press(KEYS.enter);
  }
  await session.waitFor("Qu'est-ce qui a motivé");
  return session;
}

describe('Ctrl+E: the answer in the person’s editor', () => {
  it('keeps accented French byte for byte, from the prompt to the editor, the project file and the story', async () => {
    // The sentence alone is what chardet took for Latin-1 (« les Ã©coles »).
    const { cwd, editor } = setUp(`printf '%s\\n' '${SENTENCE}' > "$1"`);
    const session = await startNew(cwd, { VISUAL: editor, EDITOR: undefined });
    await session.type(TYPED);
    await session.waitFor('»');
    session.press(CTRL_E);

    // Back from the editor, the text is shown for a last look, not validated behind the person's back.
    const back = await session.waitFor('Texte repris de l’éditeur');
    await session.waitFor('convention annuelle.', back);
    expect(readFileSync(join(cwd, 'recu.txt'))).toEqual(Buffer.from(`${TYPED}\n`, 'utf8'));
    session.press(KEYS.ctrlD);
    await session.waitFor('Racontez votre histoire');
    session.press(KEYS.ctrlD);
    expect(await session.exited).toBe(0);

    const file = readFileSync(join(cwd, 'cafe.storyboard.yaml'));
    expect(file.includes(Buffer.from(SENTENCE, 'utf8'))).toBe(true);
    expect(file.toString('utf8')).not.toContain('Ã');
    expect(parseProject(file.toString('utf8')).answers['besoin-collectif.motivation']?.text).toBe(SENTENCE);

    const story = await runStoryboard(['--content', 'mini.yaml', 'clap', '--stdout'], { cwd });
    expect(story.status).toBe(0);
    expect(Buffer.from(story.stdout, 'utf8').includes(Buffer.from(SENTENCE, 'utf8'))).toBe(true);
    expect(story.stdout).not.toContain('Ã');
  }, 30_000);

  it('keeps what was typed when the editor is left without saving, and says so', async () => {
    const { cwd, editor } = setUp('exit 1');
    const session = await startNew(cwd, { VISUAL: editor, EDITOR: undefined });
    await session.type(TYPED);
    await session.waitFor('»');
    session.press(CTRL_E);
    await session.waitFor('Édition abandonnée : votre texte d’avant est gardé.');
    session.press(KEYS.ctrlD);
    await session.waitFor('Racontez votre histoire');
    session.press(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    const saved = parseProject(readFileSync(join(cwd, 'cafe.storyboard.yaml'), 'utf8'));
    expect(saved.answers['besoin-collectif.motivation']?.text).toBe(TYPED);
  }, 30_000);
});
