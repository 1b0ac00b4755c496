import { join, relative } from 'node:path';
import { StoryboardError } from '../sequences/errors.js';
import type { WorkshopInput } from '../sequences/workshop/workshop-model.js';
import { commandName } from './command-name.js';
import { findMarkers } from './find-markers.js';
import type { LoadedContent } from './load-content.js';
import { findProjectFiles, PROJECT_SUFFIX } from './project-file.js';
import { openProject } from './store.js';
import { oneLine } from './terminal-text.js';

/** The project files of a folder, as paths the person can type from where they are. */
export async function workshopFiles(folder: string): Promise<string[]> {
  const files = await findProjectFiles(folder);
  if (files.length === 0) {
    const where = folder === '.' ? 'ce dossier' : `le dossier « ${folder} »`;
    throw new StoryboardError({
      message: `aucun projet (fichier *${PROJECT_SUFFIX}) dans ${where}. Pour en commencer un : ${commandName()} new`,
    });
  }
  return files.map((name) => (folder === '.' ? name : join(folder, name)));
}

/**
 * Reads each project and finds its markers. A file that cannot be read becomes its one-line
 * reason, and the others are still read: one damaged file never hides a workshop.
 * @param findHits false to skip marker detection (the families are then only the group's)
 */
export async function readWorkshop(files: readonly string[], loaded: LoadedContent, cwd: string, { findHits = true } = {}): Promise<WorkshopInput[]> {
  const inputs: WorkshopInput[] = [];
  for (const file of files) {
    const shown = displayPath(file, cwd);
    try {
      const { project } = await openProject(file, loaded.content);
      inputs.push({ file: shown, project, hits: findHits ? await findMarkers(project, loaded) : [] });
    } catch (error) {
      if (!(error instanceof StoryboardError)) throw error;
      inputs.push({ file: shown, error: reasonOf(error) });
    }
  }
  return inputs;
}

/** A path relative to the current folder when it is inside it, as given otherwise. */
function displayPath(file: string, cwd: string): string {
  const inside = relative(cwd, file);
  return inside && !inside.startsWith('..') && !inside.startsWith('/') ? inside : file;
}

/** The first problem of a file, on one line, with its line and column when known. */
function reasonOf(error: StoryboardError): string {
  const [first] = error.issues;
  if (!first) return oneLine(error.message);
  const place = first.position ? `ligne ${first.position.line}, colonne ${first.position.col} : ` : '';
  const more = error.issues.length > 1 ? ` (et ${error.issues.length - 1} autre${error.issues.length > 2 ? 's' : ''} problème${error.issues.length > 2 ? 's' : ''})` : '';
  return oneLine(`${place}${first.message}${more}`);
}
