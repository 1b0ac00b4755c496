import type { Content } from '../sequences/content-schema.js';
import { type InterviewOutcome, runInterview } from '../sequences/flow.js';
import { progressOf } from '../sequences/progress.js';
import type { Project } from '../sequences/project.js';
import { InquirerAsker } from './ask/inquirer-asker.js';
import { saveProject } from './project-writer.js';
import { command } from './command-name.js';
import { textWidth, wrap } from './layout.js';
import { plainMode } from './plain.js';
import { stylesFor } from './styles.js';

export interface InterviewRequest {
  path: string;
  project: Project;
  content: Content;
  mode: { kind: 'continue' } | { kind: 'sequence'; id: string };
}

/** Runs the questions in the terminal, saving the project file after every answer. */
export async function interview({ path, project, content, mode }: InterviewRequest): Promise<InterviewOutcome> {
  return runInterview({
    asker: plainMode() ? new (await import('./ask/plain-asker.js')).PlainAsker() : new InquirerAsker(),
    content,
    project,
    mode,
    save: (next) => saveProject(path, next),
  });
}

/** The last words of a sitting: where the answers are, and the command that comes next. */
export function sayWhereWeAre(path: string, content: Content, project: Project): void {
  const style = stylesFor(process.stdout);
  // Counted against the content: answers kept for removed questions are not part of it.
  const { answered, total } = progressOf(content, project);
  const next = answered < total ? `Pour compléter plus tard : ${command('resume')}` : `Pour écrire votre histoire : ${command('clap')}`;
  const width = textWidth();
  process.stdout.write(
    `\n${wrap(`${style.green('✓')} Tout est enregistré dans ${path} (${answered}/${total} questions répondues).`, width, '  ')}\n${wrap(next, width)}\n`,
  );
}
