import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { StoryboardError } from '../sequences/errors.js';
import { PROJECT_SUFFIX } from './project-file.js';
import { readUserFile } from './read-user-file.js';
import { checkTarget, replaceFile } from './safe-write.js';

/** A report of 300 projects is a few megabytes; anything far larger is not one of ours. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/**
 * Writes a workshop report, replacing only a report of the same kind that storyboard wrote
 * (`isReport` recognises it by its text): never a project, never a file of the person's own,
 * never through a link.
 * @param projects the project files the report was made from
 */
export async function writeReport(out: string, text: string, projects: readonly string[], kind: string, isReport: (text: string) => boolean): Promise<void> {
  if (out.endsWith(PROJECT_SUFFIX) || projects.some((file) => resolve(file) === resolve(out))) {
    throw new StoryboardError({ message: `« ${out} » est un fichier projet : le rapport ne l'écrase pas. Choisissez un autre nom` }, out);
  }
  const before = await checkTarget(out, undefined);
  const refusal = `« ${out} » existe déjà et n'est pas ${kind} écrit par storyboard : il n'est pas remplacé. Choisissez un autre nom avec « -o FICHIER »`;
  if (before) {
    let existing: string | undefined;
    try {
      existing = await readUserFile(out, { maxBytes: MAX_REPORT_BYTES, what: 'le fichier', allowEmpty: true });
    } catch {
      existing = undefined;
    }
    if (existing === undefined || !isReport(existing)) throw new StoryboardError({ message: refusal }, out);
  }
  // The file checked above, and no other put there meanwhile.
  const same = (stats: Stats) => (before && stats.ino === before.ino && stats.dev === before.dev ? undefined : refusal);
  await replaceFile(out, text, { mayReplace: same });
}
