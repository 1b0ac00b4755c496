import type { Content } from '../sequences/content-schema.js';
import { type InterviewOutcome, runInterview } from '../sequences/flow.js';
import { progressOf } from '../sequences/progress.js';
import type { Project } from '../sequences/project.js';
import { command } from './command-name.js';
import type { Io } from './io.js';
import { textWidth, wrap } from './layout.js';
import type { ProjectSession } from './project-session.js';
import type { Prompts } from './prompts.js';
import { stylesFor } from './styles.js';
import { safeText } from './terminal-text.js';
import { FREE_SPACE, isDiskFull } from './write-errors.js';

export interface InterviewRequest {
  io: Io;
  prompts: Prompts;
  session: ProjectSession;
  project: Project;
  content: Content;
  mode: { kind: 'continue' } | { kind: 'sequence'; id: string };
}

/** Messages of the session between two questions (a file changed meanwhile, a full disk). */
export function tellOnStderr(io: Io): (line: string) => void {
  return (line) => {
    const style = stylesFor(io.stderr, io);
    io.stderr.write(`\n${style.yellow(safeText(line))}\n`);
  };
}

/** Runs the questions in the terminal, saving the project file after every answer. */
export async function interview({ io, prompts, session, project, content, mode }: InterviewRequest): Promise<InterviewOutcome> {
  try {
    return await runInterview({ asker: prompts.asker(), content, project, mode, save: (next) => save(io, session, next) });
  } catch (error) {
    // The text typed when the person stopped could not be written: it is shown, to be copied.
    const unsaved = (error as { unsavedText?: unknown } | undefined)?.unsavedText;
    if (typeof unsaved === 'string' && unsaved.trim() !== '') {
      io.stderr.write(`\nVoici le texte qui n'a pas pu être enregistré ; copiez-le avant de fermer ce terminal :\n\n${safeText(unsaved)}\n\n`);
    }
    throw error;
  }
}

/** The last words of a sitting: where the answers are, and the command that comes next. */
export function sayWhereWeAre(io: Io, path: string, content: Content, project: Project): void {
  const style = stylesFor(io.stdout, io);
  // Counted against the content: answers kept for removed questions are not part of it.
  const { answered, total } = progressOf(content, project);
  const next = answered < total ? `Pour compléter plus tard : ${command('resume')}` : `Pour écrire votre histoire : ${command('clap')}`;
  const width = textWidth(io.stdout, io.env);
  io.stdout.write(
    `\n${wrap(`${style.green('✓')} Tout est enregistré dans ${safeText(path)} (${answered}/${total} questions répondues).`, width, '  ')}\n${wrap(next, width)}\n`,
  );
}

/**
 * Saves through the session. A full disk is something the person can fix while the question
 * waits: the answer stays in the prompt, to be validated again once there is room.
 */
async function save(io: Io, session: ProjectSession, next: Project): Promise<Project> {
  try {
    return await session.save(next);
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    tellOnStderr(io)(
      `Votre réponse n'a pas pu être enregistrée : le disque est plein. Elle est gardée ci-dessous, rien n'est perdu : ${FREE_SPACE} en la validant de nouveau (Ctrl+D). Ctrl+C pour arrêter.`,
    );
    throw Object.assign(error as object, { retry: true });
  }
}
