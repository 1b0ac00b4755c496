/**
 * The child process of the crash-safety test: saves a project again and again through the
 * real store code (saveProject, as the interview does after each answer), one more answer
 * each time, and prints the number of answers of each save once it has returned. Started on
 * an existing file, it goes on from the answers that file holds, as `resume` would.
 *
 *   node save-loop.mjs FILE
 */
import { existsSync } from 'node:fs';
import { saveProject } from '../../src/cli/project-writer.js';
import { readProject } from '../../src/cli/store.js';
import { type Content, createProject, type Project, withAnswer } from '../../src/sequences/index.js';

/** The answer number `n` holds: its text says which one it is, on several lines, of varying length. */
export function answerText(n: number): string {
  return `Réponse ${n} : la maison des possibles.\nDeuxième ligne ${'é'.repeat(n % 97)}\n\nFin ${n}.`;
}

export const questionId = (n: number): string => `besoin-collectif.q${n}`;

async function main(file: string): Promise<void> {
  const content = { id: 'crash-test', version: '1' } as Content;
  let project: Project = existsSync(file) ? await readProject(file) : createProject({ name: 'Crash test' }, content, new Date());
  let n = Object.keys(project.answers).length;
  process.stdout.write(`ready ${n}\n`);
  for (;;) {
    n += 1;
    project = withAnswer(project, questionId(n), answerText(n), new Date());
    await saveProject(file, project);
    process.stdout.write(`${n}\n`);
  }
}

const file = process.argv[2];
if (file) await main(file);
