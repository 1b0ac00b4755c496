import { closest, distance } from 'fastest-levenshtein';
import * as v from 'valibot';
import { formatPath, type Issue } from './errors.js';
import type { YamlSource } from './yaml-source.js';

/** The pieces every file format of storyboard validates with, and their French messages. */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A string, any. */
export const str = (what: string) => v.string(`${what} doit être un texte`);

/** A string with something in it once trimmed. */
export const text = (what: string) => v.pipe(str(what), v.trim(), v.nonEmpty(`${what} ne doit pas être vide`));

/** A mapping (`clé: valeur`), not a list or a scalar: valibot's objects accept arrays. */
export const mapping = (what: string) =>
  v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    `${what} doit être une liste de clés et de valeurs (clé: valeur)`,
  );

const missingKey = (issue: v.BaseIssue<unknown>, what: string) =>
  issue.received === 'undefined' && issue.path?.length ? `il manque la clé « ${String(issue.path.at(-1)?.key)} » dans ${what}` : undefined;

/**
 * A mapping whose unknown keys are refused in French, suggesting the nearest known key when
 * it is a near miss, since a typo (`qestions`) is the usual cause.
 */
export function strict<const TEntries extends v.ObjectEntries>(entries: TEntries, what: string) {
  const known = Object.keys(entries);
  const object = v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') {
      const key = String(issue.path?.at(-1)?.key ?? '');
      const guess = closest(key, known);
      // Suggest only a near miss (a typo), not whatever key happens to be least far.
      const near = distance(key, guess) <= Math.max(2, Math.floor(key.length / 3));
      const help = near ? `vouliez-vous dire « ${guess} » ?` : `clés possibles : ${known.join(', ')}`;
      return `clé inconnue « ${key} » dans ${what} (${help})`;
    }
    return missingKey(issue, what) ?? `${what} doit être une liste de clés et de valeurs (clé: valeur)`;
  });
  return v.pipe(mapping(what), object);
}

/** A mapping that keeps keys it does not know (added by hand, or by a newer storyboard). */
export function loose<const TEntries extends v.ObjectEntries>(entries: TEntries, what: string) {
  const object = v.looseObject(entries, (issue) => missingKey(issue, what) ?? `${what} doit être une liste de clés et de valeurs`);
  return v.pipe(mapping(what), object);
}

/** valibot's issues as storyboard's, each with its path and its place in the YAML text. */
export function toIssues(issues: readonly v.BaseIssue<unknown>[], source: YamlSource): Issue[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    return { message: issue.message, path: formatPath(path) || undefined, position: source.locate(path) };
  });
}
