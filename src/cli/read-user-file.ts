// Synchronous reads: a command reads a few small files one after the other, and node:fs/promises
// would cost its start-up more than waiting ever does.
import { readFileSync, statSync } from 'node:fs';
import { StoryboardError } from '../sequences/errors.js';

interface ReadOptions {
  maxBytes: number;
  /** How to name the file in a message, e.g. « le fichier de contenu ». */
  what: string;
  /** A plain text may be empty; a project, a content or an answers file may not. */
  allowEmpty?: boolean;
}

/**
 * Reads a text file the user pointed us at and turns every way it can go wrong into one
 * French sentence: missing, a folder, unreadable, too large, not UTF-8, empty. A UTF-8 byte
 * order mark (Windows editors write one) is accepted and dropped.
 */
export async function readUserFile(file: string, { maxBytes, what, allowEmpty = false }: ReadOptions): Promise<string> {
  let size: number;
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new StoryboardError({ message: `« ${file} » est un dossier, pas un fichier` }, file);
    size = info.size;
  } catch (error) {
    throw toUserError(error, file, what);
  }
  if (size > maxBytes) {
    throw new StoryboardError(
      { message: `${what} « ${file} » est trop gros (${formatSize(size)}) : la limite est de ${formatSize(maxBytes)}` },
      file,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw toUserError(error, file, what);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new TypeError('NUL');
  } catch {
    throw new StoryboardError(
      { message: `${what} « ${file} » n'est pas un texte lisible (encodage UTF-8 attendu)` },
      file,
    );
  }
  if (!allowEmpty && text.trim() === '') {
    throw new StoryboardError({ message: `${what} « ${file} » est vide` }, file);
  }
  return text;
}

function toUserError(error: unknown, file: string, what: string): unknown {
  if (error instanceof StoryboardError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new StoryboardError({ message: `${what} « ${file} » est introuvable` }, file);
  if (code === 'EACCES' || code === 'EPERM') {
    return new StoryboardError({ message: `impossible de lire ${what} « ${file} » : accès refusé` }, file);
  }
  if (code === 'EISDIR') return new StoryboardError({ message: `« ${file} » est un dossier, pas un fichier` }, file);
  return error;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${bytes} octets`;
}
