// Synchronous reads: a command reads a few small files one after the other, and node:fs/promises
// would cost its start-up more than waiting ever does.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { StoryboardError } from '../sequences/errors.js';
import { fileProblem } from './write-errors.js';

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
  const bytes = readBounded(file, maxBytes, what);
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

/**
 * A regular file's bytes, never more than `maxBytes`: a FIFO, a device (/dev/zero) or a
 * terminal is refused at once instead of being waited on or read for ever. Opened without
 * blocking (a FIFO with no writer would hang the open itself), then checked on the open file,
 * and read no further than the limit even when the size it claims is wrong (/proc files).
 */
function readBounded(file: string, maxBytes: number, what: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw toUserError(error, file, what);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new StoryboardError({ message: `« ${file} » est un dossier, pas un fichier` }, file);
    if (!info.isFile()) {
      throw new StoryboardError(
        { message: `${what} « ${file} » n'est pas un fichier ordinaire (tube, périphérique ou terminal) : donnez le chemin d'un fichier texte` },
        file,
      );
    }
    if (info.size > maxBytes) throw tooBig(file, what, info.size, maxBytes, true);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      chunks.push(chunk.subarray(0, read));
      // The size it claimed was wrong (a file still growing, a /proc file): only « more than ».
      if (total > maxBytes) throw tooBig(file, what, total, maxBytes, false);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw toUserError(error, file, what);
  } finally {
    closeSync(fd);
  }
}

function tooBig(file: string, what: string, size: number, maxBytes: number, known: boolean): StoryboardError {
  return new StoryboardError(
    { message: `${what} « ${file} » est trop gros (${known ? formatSize(size) : `plus de ${formatSize(maxBytes)}`}) : la limite est de ${formatSize(maxBytes)}` },
    file,
  );
}

function toUserError(error: unknown, file: string, what: string): unknown {
  if (error instanceof StoryboardError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new StoryboardError({ message: `${what} « ${file} » est introuvable` }, file);
  if (code === 'EACCES' || code === 'EPERM') {
    return new StoryboardError({ message: `impossible de lire ${what} « ${file} » : accès refusé` }, file);
  }
  if (code === 'EISDIR') return new StoryboardError({ message: `« ${file} » est un dossier, pas un fichier` }, file);
  const sentence = fileProblem(error, file, 'lire');
  return sentence ? new StoryboardError({ message: sentence }, file) : error;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${bytes} octets`;
}
