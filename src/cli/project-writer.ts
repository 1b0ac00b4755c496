import { randomBytes } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { StoryboardError } from '../sequences/errors.js';
import { type Project, serializeProject } from '../sequences/project.js';
import { command } from './command-name.js';
import { writeFailure } from './write-errors.js';

/**
 * Saves the project so that a crash at any moment leaves either the old or the new file,
 * whole: a temporary file in the same folder, fsync, then rename (write-file-atomic).
 */
export async function saveProject(file: string, project: Project): Promise<void> {
  try {
    await writeFileAtomic(file, serializeProject(project), { fsync: true });
  } catch (error) {
    throw writeFailure(error, file);
  }
}

/**
 * Writes a new project file, never over an existing one, even if another process creates
 * the same name meanwhile: the complete file is written aside, then hard-linked into place
 * (link fails if the name exists), so there is never a half-written or overwritten project.
 */
export async function createProjectFile(file: string, project: Project): Promise<void> {
  const text = serializeProject(project);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeSynced(temp, text);
    try {
      await link(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw alreadyExists(file);
      // Some disks (FAT USB keys, some network shares) have no hard links: an exclusive
      // create still never replaces an existing project.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      await writeSynced(file, text).catch((fallback: NodeJS.ErrnoException) => {
        throw fallback.code === 'EEXIST' ? alreadyExists(file) : fallback;
      });
    }
  } catch (error) {
    throw error instanceof StoryboardError ? error : writeFailure(error, file);
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/** Creates `file` (never over an existing one), writes it and flushes it to the disk. */
async function writeSynced(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function alreadyExists(file: string): StoryboardError {
  return new StoryboardError(
    { message: `le projet « ${file} » existe déjà : il n'a pas été modifié. Pour le continuer : ${command(`resume ${file}`)}` },
    file,
  );
}

