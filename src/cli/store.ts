import type { Content } from '../sequences/content-schema.js';
import { type Project, parseProject } from '../sequences/project.js';
import { type FollowedRenames, followRenames } from '../sequences/renames.js';
import { MAX_PROJECT_BYTES } from './project-file.js';
import { readUserFile } from './read-user-file.js';

// Reading only: writing is in project-writer.ts, so that the commands that only read (status,
// clap, markers) load neither the writing code nor what it needs (crypto, the lock).

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
