import type { ChalkInstance } from 'chalk';
import type { StoryboardError } from '../sequences/errors.js';

/**
 * Turns a StoryboardError into the lines a person reads: one per problem, each prefixed by
 * `file:line:col` so that editors and terminals can jump there.
 */
export function formatUserError(error: StoryboardError, style: ChalkInstance): string {
  const lines = error.issues.map((issue) => {
    const where = [
      error.file && issue.position ? `${error.file}:${issue.position.line}:${issue.position.col}` : undefined,
      issue.path ? `(${issue.path})` : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    return where ? `${style.bold(where)} ${issue.message}` : capitalize(issue.message);
  });
  if (lines.length === 1) return `${style.red('Erreur :')} ${lines[0]}`;
  const head = error.file
    ? `${style.red('Erreur :')} ${lines.length} problèmes dans « ${error.file} » :`
    : `${style.red('Erreur :')} ${lines.length} problèmes :`;
  return [head, ...lines.map((line) => `  - ${line}`)].join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
