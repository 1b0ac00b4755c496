import type { Content } from '../sequences/content-schema.js';
import { type InterviewOutcome, runInterview } from '../sequences/flow.js';
import { progressOf } from '../sequences/progress.js';
import type { Project } from '../sequences/project.js';
import { InquirerAsker } from './ask/inquirer-asker.js';
import { saveProject } from './project-writer.js';
import { stylesFor } from './styles.js';

export interface InterviewRequest {
  path: string;
  project: Project;
  content: Content;
  mode: { kind: 'continue' } | { kind: 'sequence'; id: string };
}

/** Runs the questions in the terminal, saving the project file after every answer. */
export async function interview({ path, project, content, mode }: InterviewRequest): Promise<InterviewOutcome> {
  const outcome = await runInterview({
    asker: new InquirerAsker(),
    content,
    project,
    mode,
    save: (next) => saveProject(path, next),
  });
  const style = stylesFor(process.stdout);
  // Counted against the content: answers kept for removed questions are not part of it.
  const { answered, total } = progressOf(content, outcome.project);
  process.stdout.write(
    `\n${style.green('✓')} Tout est enregistré dans ${path} (${answered}/${total} questions répondues).\n` +
      (answered < total
        ? 'Pour compléter plus tard : storyboard resume\n'
        : 'Pour écrire votre histoire : storyboard clap\n'),
  );
  return outcome;
}
