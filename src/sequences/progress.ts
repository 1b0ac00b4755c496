import type { Content, Question, Sequence } from './content-schema.js';
import type { Project } from './project-schema.js';

/** The final séquence: the story itself, not a marker family, and not numbered with the others. */
export const CLAP_ID = 'clap';

/** How many séquences are numbered « Séquence N/total » (all but the Clap). */
export function numberedSequenceCount(content: Content): number {
  return content.sequences.filter((sequence) => sequence.id !== CLAP_ID).length;
}

/** « 3. » for the third séquence, padded for lists; blank for the Clap, which is not numbered. */
export function numberOf(sequenceId: string, index: number): string {
  return sequenceId === CLAP_ID ? '   ' : `${String(index + 1).padStart(2)}.`;
}

/** How many questions the storyboard asks. */
export function questionCount(content: Content): number {
  return content.sequences.reduce((sum, sequence) => sum + sequence.questions.length, 0);
}

/** One question in the walk's order, with where it sits. */
export interface Step {
  sequence: Sequence;
  question: Question;
  /** 0-based index of the séquence in the content. */
  sequenceIndex: number;
  /** 0-based index of the question inside its séquence. */
  questionIndex: number;
}

/** Every question of the storyboard in order, the Clap last. */
export function stepsOf(content: Content): Step[] {
  return content.sequences.flatMap((sequence, sequenceIndex) =>
    sequence.questions.map((question, questionIndex) => ({ sequence, question, sequenceIndex, questionIndex })),
  );
}

export type SequenceState = 'complete' | 'partial' | 'empty';

export interface SequenceProgress {
  id: string;
  title: string;
  state: SequenceState;
  answered: number;
  total: number;
  drafts: string[];
  skipped: string[];
}

export interface Progress {
  answered: number;
  total: number;
  sequences: SequenceProgress[];
  /** Answers to questions that the content no longer has: kept in the file, reported here. */
  orphans: string[];
}

/** Where the project stands against the content, without asking anything. */
export function progressOf(content: Content, project: Project): Progress {
  const known = new Set<string>();
  const sequences = content.sequences.map((sequence): SequenceProgress => {
    const ids = sequence.questions.map((question) => question.id);
    for (const id of ids) known.add(id);
    const answered = ids.filter((id) => id in project.answers).length;
    return {
      id: sequence.id,
      title: sequence.title,
      state: answered === 0 ? 'empty' : answered === ids.length ? 'complete' : 'partial',
      answered,
      total: ids.length,
      drafts: ids.filter((id) => id in project.drafts),
      skipped: ids.filter((id) => project.skipped.includes(id) && !(id in project.answers)),
    };
  });
  return {
    answered: sequences.reduce((sum, sequence) => sum + sequence.answered, 0),
    total: sequences.reduce((sum, sequence) => sum + sequence.total, 0),
    sequences,
    orphans: Object.keys(project.answers).filter((id) => !known.has(id)),
  };
}

/**
 * Where `resume` continues: the first question neither answered nor skipped (a draft counts
 * as not answered); if only skipped ones are left, the first of them; -1 when all is answered.
 */
export function resumeIndex(steps: readonly Step[], project: Project): number {
  const open = steps.findIndex(({ question }) => !(question.id in project.answers) && !project.skipped.includes(question.id));
  if (open !== -1) return open;
  return steps.findIndex(({ question }) => !(question.id in project.answers));
}
