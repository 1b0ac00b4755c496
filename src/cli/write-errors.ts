import { StoryboardError } from '../sequences/errors.js';

/**
 * Turns a failed write into one French sentence the person can act on (no folder, no right
 * to write, a folder where a file was expected); anything else stays an unexpected error.
 */
export function writeFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new StoryboardError({ message: `impossible d'écrire « ${file} » : le dossier n'existe pas` }, file);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoryboardError({ message: `impossible d'écrire « ${file} » : accès refusé` }, file);
  }
  if (code === 'EISDIR') return new StoryboardError({ message: `« ${file} » est un dossier : donnez un nom de fichier` }, file);
  if (code === 'ENOSPC') return new StoryboardError({ message: `impossible d'écrire « ${file} » : le disque est plein` }, file);
  return error;
}
