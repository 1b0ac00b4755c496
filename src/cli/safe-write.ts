import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoryboardError } from '../sequences/errors.js';
import { writeFailure } from './write-errors.js';

/**
 * The one way storyboard replaces a file. It never follows a symbolic link and never writes
 * through one: the text goes to a new temporary file of the same folder (created exclusively,
 * O_NOFOLLOW), is flushed to the disk, and is renamed over the target only after checking that
 * the target is absent or a regular file the caller accepts. A rename replaces the name, never
 * what a link points at, nor another name of a hard-linked file.
 */
export interface ReplaceOptions {
  /**
   * Says whether an existing regular file may be replaced; returns the French reason when it
   * may not. Links, folders and special files are always refused before this is asked.
   */
  mayReplace?: (existing: Stats) => string | undefined;
}

/** Temporary files are named after their target and their process, so that leftovers of a
 * killed process can be recognised and removed by the next one (see sweepLeftovers). */
const tempName = (file: string) =>
  join(dirname(file), `.${basename(file)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export async function replaceFile(file: string, text: string, { mayReplace }: ReplaceOptions = {}): Promise<void> {
  const before = await checkTarget(file, mayReplace);
  const temp = tempName(file);
  try {
    // The new file keeps the permissions of the one it replaces (a project shared in a group).
    const mode = before ? before.mode & 0o777 : 0o666;
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again just before the rename: a link put there meanwhile is not replaced either.
    await checkTarget(file, mayReplace);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error instanceof StoryboardError ? error : writeFailure(error, file);
  }
}

/**
 * Creates `file` with `text` and flushes it, never over anything that exists (a link
 * included: O_EXCL). Errors are the system's: the caller knows which name to report.
 */
export async function createFile(file: string, text: string): Promise<void> {
  const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o666);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The target's stats when it is a regular file storyboard may replace, undefined when absent; throws the French reason otherwise. */
export async function checkTarget(file: string, mayReplace: ReplaceOptions['mayReplace']): Promise<Stats | undefined> {
  let stats: Stats;
  try {
    stats = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw writeFailure(error, file);
  }
  if (stats.isSymbolicLink()) {
    throw new StoryboardError(
      { message: `« ${file} » est un lien symbolique : storyboard ne le suit pas et ne le remplace pas. Donnez le chemin d'un vrai fichier, ou retirez ce lien` },
      file,
    );
  }
  if (stats.isDirectory()) throw new StoryboardError({ message: `« ${file} » est un dossier : donnez un nom de fichier` }, file);
  if (!stats.isFile()) {
    throw new StoryboardError({ message: `« ${file} » n'est pas un fichier ordinaire (tube, périphérique…) : storyboard n'y écrit pas` }, file);
  }
  const refusal = mayReplace?.(stats);
  if (refusal) throw new StoryboardError({ message: refusal }, file);
  return stats;
}

/**
 * Removes the temporary files that processes killed in the middle of a write left beside
 * `file` (a kill -9 between creating the temporary file and renaming it). Only those of
 * processes that are gone: a live one may be writing right now.
 */
export async function sweepLeftovers(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(/^(\d+)-[a-z0-9]+$/.exec(name.slice(prefix.length, -'.tmp'.length))?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    const path = join(dirname(file), name);
    // Only our own temporary files, never a link or a folder someone named alike.
    const stats = await lstat(path).catch(() => undefined);
    if (stats?.isFile()) await unlink(path).catch(() => {});
  }
}

/** Whether a process of this machine is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
