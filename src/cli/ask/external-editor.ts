import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The editor storyboard opens, and whether it is vi taken for want of anything else. */
export interface EditorChoice {
  /** A shell command, as in $VISUAL / $EDITOR (it may carry options: `code --wait`). */
  command: string;
  /** A short name to show: « nano », « vi », « code ». */
  name: string;
  /** True when neither $VISUAL, $EDITOR nor nano was there: the person must be told how to leave vi. */
  fallback: boolean;
}

/** How an edit ended. `text` is only there when the editor saved something to take back. */
export type EditOutcome =
  | { kind: 'edited'; text: string; notUtf8: boolean }
  | { kind: 'unchanged' }
  | { kind: 'cancelled'; reason: 'exit' | 'emptied' }
  | { kind: 'failed'; message: string };

const NANO = ['/usr/bin/nano', '/bin/nano', '/usr/local/bin/nano', '/opt/homebrew/bin/nano'];

/** $VISUAL, else $EDITOR, else nano when the machine has it (kinder than vi), else vi. */
export function chooseEditor(env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): EditorChoice {
  const configured = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (configured) return { command: configured, name: editorName(configured), fallback: false };
  if (process.platform === 'win32') return { command: 'notepad', name: 'notepad', fallback: false };
  const nano = NANO.find((path) => exists(path));
  if (nano) return { command: nano, name: 'nano', fallback: false };
  return { command: 'vi', name: 'vi', fallback: true };
}

function editorName(command: string): string {
  const first = command.match(/^"([^"]+)"|^'([^']+)'|^(\S+)/);
  const path = first?.[1] ?? first?.[2] ?? first?.[3] ?? command;
  return path.split(/[\\/]/).pop() || path;
}

/**
 * Opens `text` in the person's editor and reads back what they saved.
 *
 * The file is written and read as UTF-8, always: guessing its encoding (as inquirer's editor
 * does with chardet) took « les écoles » in UTF-8 for Latin-1 and stored « les Ã©coles ».
 * Only bytes that cannot be UTF-8 at all are read as Windows-1252 (Latin-1's superset), the
 * one other encoding a French editor may save in; the caller shows the text back either way.
 */
export async function editInEditor(text: string, editor: EditorChoice): Promise<EditOutcome> {
  const folder = await mkdtemp(join(tmpdir(), 'storyboard-'));
  // A .txt name: editors then treat it as plain text (no code completion, no tabs).
  const file = join(folder, 'reponse.txt');
  const written = text === '' ? '' : `${text}\n`;
  try {
    await writeFile(file, written, { encoding: 'utf8', mode: 0o600 });
    const exit = await run(editor.command, file);
    if (typeof exit === 'string') return { kind: 'failed', message: exit };
    // A non-zero exit is how editors say "abandon" (vim's :cq, git's convention too).
    if (exit !== 0) return { kind: 'cancelled', reason: 'exit' };
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      return { kind: 'cancelled', reason: 'exit' };
    }
    const { decoded, notUtf8 } = decode(bytes);
    const edited = decoded.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    if (edited === text.replace(/\n+$/, '')) return { kind: 'unchanged' };
    // An emptied file is far more often a slip (or an editor that saved nothing) than a wish
    // to throw the answer away; the text can still be erased in the prompt itself.
    if (edited.trim() === '' && text.trim() !== '') return { kind: 'cancelled', reason: 'emptied' };
    return { kind: 'edited', text: edited, notUtf8 };
  } finally {
    await rm(folder, { recursive: true, force: true }).catch(() => {});
  }
}

function decode(bytes: Buffer): { decoded: string; notUtf8: boolean } {
  try {
    // ignoreBOM false: a byte order mark (Notepad writes one) is dropped.
    return { decoded: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notUtf8: false };
  } catch {
    return { decoded: new TextDecoder('windows-1252').decode(bytes), notUtf8: true };
  }
}

/**
 * Runs the editor on the file through the shell, as git does, so that $EDITOR may hold
 * options or quotes (`code --wait`, `"/Applications/Sublime Text.app/…" -w`). Resolves with
 * the exit code, or with a French sentence when the editor could not be started.
 */
function run(command: string, file: string): Promise<number | string> {
  return new Promise((resolve) => {
    const child =
      process.platform === 'win32'
        ? spawn(`${command} "${file}"`, { shell: true, stdio: 'inherit' })
        : spawn('/bin/sh', ['-c', `${command} "$@"`, command, file], { stdio: 'inherit' });
    child.once('error', (error) => resolve(`impossible de lancer « ${command} » (${error.message})`));
    child.once('exit', (code, signal) => {
      // 127: the shell found no such command.
      if (code === 127) resolve(`l’éditeur « ${command} » est introuvable`);
      else resolve(signal ? 1 : (code ?? 1));
    });
  });
}
