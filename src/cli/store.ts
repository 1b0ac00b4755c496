import { randomBytes } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Content } from '../sequences/content-schema.js';
import { StoryboardError } from '../sequences/errors.js';
import { type Project, parseProject, serializeProject } from '../sequences/project.js';
import { type FollowedRenames, followRenames } from '../sequences/renames.js';
import { MAX_PROJECT_BYTES } from './project-file.js';
import { readUserFile } from './read-user-file.js';
import { writeFailure } from './write-errors.js';


/**
 * Reads a project for a given content, answers under renamed question ids following their
 * question. Nothing is written here: the file changes only with the person's next answer.
 */
export async function openProject(file: string, content: Content): Promise<FollowedRenames> {
  return followRenames(await readProject(file), content);
}

/** Reads and validates a project file; any problem becomes one French message. */
export async function readProject(file: string): Promise<Project> {
  const text = await readUserFile(file, { maxBytes: MAX_PROJECT_BYTES, what: 'le fichier projet' });
  return parseProject(text, file);
}

/**
 * Saves the project so that a crash at any moment leaves either the old or the new file,
 * whole: a temporary file in the same folder, fsync, then rename (write-file-atomic).
 */
export async function saveProject(file: string, project: Project): Promise<void> {
  // Loaded on the first save only: status, markers and clap read projects, they never save one.
  const { default: writeFileAtomic } = await import('write-file-atomic');
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
    { message: `le projet « ${file} » existe déjà : il n'a pas été modifié. Pour le continuer : storyboard resume ${file}` },
    file,
  );
}


/** Tells the person which answers followed a renamed question, if any did. */
export function describeMoves(moved: FollowedRenames['moved']): string | undefined {
  if (moved.length === 0) return undefined;
  return `Réponses rattachées à leur question renommée : ${moved.map(({ from, to }) => `${from} → ${to}`).join(', ')}.`;
}

/** Reminds the person which content a project was answered against, when it differs. */
export function contentMismatch(project: Project, content: Content): string | undefined {
  if (project.content.id === content.id && project.content.version === content.version) return undefined;
  return `Ce projet a été commencé avec le contenu « ${project.content.id} » ${project.content.version} ; vous utilisez « ${content.id} » ${content.version}.`;
}
