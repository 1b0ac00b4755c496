import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { link, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoryboardError } from '../sequences/errors.js';
import { type Project, serializeProject } from '../sequences/project.js';
import { command } from './command-name.js';
import { createFile, replaceFile } from './safe-write.js';
import { writeFailure } from './write-errors.js';

/**
 * Saves the project so that a crash at any moment leaves either the old or the new file,
 * whole: a temporary file in the same folder, fsync, then rename — never through a link,
 * never over a file made read-only.
 */
export async function saveProject(file: string, project: Project): Promise<void> {
  await saveProjectText(file, serializeProject(project));
}

export async function saveProjectText(file: string, text: string): Promise<void> {
  await replaceFile(file, text, { mayReplace: (stats) => readOnlyRefusal(file, stats) });
}

/** The sentence refusing to rewrite a project its owner made read-only, if it is. */
export function readOnlyRefusal(file: string, stats: Stats): string | undefined {
  if ((stats.mode & 0o222) !== 0) return undefined;
  return `le projet « ${file} » est en lecture seule : storyboard ne le modifie pas. Pour le continuer, rendez-le modifiable (par exemple : chmod u+w ${file}), ou travaillez sur une copie`;
}

/**
 * Writes a new project file, never over an existing one, even if another process creates
 * the same name meanwhile: the complete file is written aside, then hard-linked into place
 * (link fails if the name exists, a link included), so there is never a half-written or
 * overwritten project.
 */
export async function createProjectFile(file: string, project: Project): Promise<void> {
  const text = serializeProject(project);
  // Named as safe-write names its temporary files, so that a kill leaves nothing for long.
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await createFile(temp, text);
    try {
      await link(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw alreadyExists(file);
      // Some disks (FAT USB keys, some network shares) have no hard links: an exclusive
      // create still never replaces an existing project.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      await createFile(file, text).catch((fallback: NodeJS.ErrnoException) => {
        throw fallback.code === 'EEXIST' ? alreadyExists(file) : fallback;
      });
    }
  } catch (error) {
    throw writeFailure(error, file);
  } finally {
    await unlink(temp).catch(() => {});
  }
}

export function alreadyExists(file: string): StoryboardError {
  return new StoryboardError(
    { message: `le projet « ${file} » existe déjà : il n'a pas été modifié. Pour le continuer : ${command(`resume ${file}`)}` },
    file,
  );
}
