import { readdirSync, statSync } from 'node:fs';
import { StoryboardError } from '../sequences/errors.js';
import { commandName } from './command-name.js';

/** Project files are text: months of answers stay far below this. */
export const MAX_PROJECT_BYTES = 10 * 1024 * 1024;
export const PROJECT_SUFFIX = '.storyboard.yaml';

/** The project files of a folder, sorted by name. */
export async function findProjectFiles(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    names = [];
  }
  return names.filter((name) => name.endsWith(PROJECT_SUFFIX) && !name.startsWith('.')).sort();
}

/**
 * Finds the project a command works on: the file given, else the only project file of the
 * current folder. With several, `choose` picks one (resume asks the person); without it the
 * person is told which ones there are.
 */
export async function resolveProjectFile(
  file: string | undefined,
  command: string,
  cwd: string,
  choose?: (files: string[]) => Promise<string>,
): Promise<string> {
  if (file) return file;
  const files = await findProjectFiles(cwd);
  if (files.length === 0) {
    throw new StoryboardError({
      message: `aucun projet (fichier *${PROJECT_SUFFIX}) dans ce dossier. Pour en commencer un : ${commandName()} new`,
    });
  }
  if (files.length === 1) return files[0] as string;
  if (choose) return choose(files);
  throw new StoryboardError({
    message: `plusieurs projets dans ce dossier (${files.join(', ')}) : précisez lequel, par exemple « ${commandName()} ${command} ${files[0]} »`,
  });
}

/** Whether a path names a folder (a missing path is not one: it is reported as a missing file). */
export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
