import type { ChalkInstance } from 'chalk';
import type { StoryboardError } from '../sequences/errors.js';
import { oneLine } from './terminal-text.js';

/** Enough to fix a file in one go; past this, the rest is more of the same. */
const MAX_LINES = 20;

/**
 * Turns a StoryboardError into the lines a person reads: one per problem, each prefixed by
 * `file:line:col` so that editors and terminals can jump there.
 */
export function formatUserError(error: StoryboardError, style: ChalkInstance): string {
  const file = error.file === undefined ? undefined : oneLine(error.file);
  const lines = error.issues.map((issue) => {
    const message = oneLine(issue.message);
    const place = file && issue.position ? `${file}:${issue.position.line}:${issue.position.col}` : undefined;
    // Without a line to point at, still say which file, unless the sentence already does.
    const where = [
      place ?? (file && !message.includes(file) ? file : undefined),
      issue.path ? `(${oneLine(issue.path)})` : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    return where ? `${style.bold(where)} ${message}` : capitalize(message);
  });
  if (lines.length === 1) return `${style.red('Erreur :')} ${lines[0]}`;
  const head = file
    ? `${style.red('Erreur :')} ${lines.length} problèmes dans « ${file} » :`
    : `${style.red('Erreur :')} ${lines.length} problèmes :`;
  const shown = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES - 1), `… et ${lines.length - MAX_LINES + 1} autres`] : lines;
  return [head, ...shown.map((line) => `  - ${line}`)].join('\n');
}

/**
 * Messages quote what the person wrote (a key, an id, a file name): it may hold escape
 * sequences or line breaks, and each problem stays on its one line.
 */

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
