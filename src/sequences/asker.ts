import type { Question, Sequence } from './content-schema.js';

/** Where a question stands in the walk, so that progress is always visible. */
export interface QuestionPosition {
  /** 1-based number of the séquence, and how many are numbered (the Clap comes after them). */
  sequenceNumber: number;
  sequenceCount: number;
  /** 1-based number of the question inside its séquence, and how many it has. */
  questionNumber: number;
  questionCount: number;
  /** Questions answered in the whole storyboard so far, and how many there are. */
  answered: number;
  total: number;
}

export interface AnswerRequest {
  sequence: Sequence;
  question: Question;
  position: QuestionPosition;
  /** Text to start from: an earlier answer to revisit, or a draft saved at an interruption. */
  initial?: string;
  /** Where `initial` comes from, so the prompt can say it. */
  initialKind?: 'answer' | 'draft';
  /** False on the very first question: there is nothing to go back to. */
  canGoBack: boolean;
}

/** What the person did at a question. An empty answer is a skip (« à compléter »); going back
 * keeps what was typed as a draft. */
export type AnswerResult = { kind: 'answer'; text: string } | { kind: 'skip' } | { kind: 'back'; draft?: string };

/**
 * The one way interaction enters the domain. The CLI implements it with @inquirer/prompts;
 * tests implement it with a script. When the person interrupts (Ctrl+C), `ask` rejects with
 * an `InterruptedError` carrying the text typed so far, so that it is kept as a draft.
 */
export interface Asker {
  /** Shown when the walk enters a séquence: its number, title and introduction. */
  enterSequence(sequence: Sequence, sequenceNumber: number, sequenceCount: number): void;
  ask(request: AnswerRequest): Promise<AnswerResult>;
}

/** The person stopped at a prompt; `draft` is what they had typed in it, if anything. */
export class InterruptedError extends Error {
  readonly draft: string;

  constructor(draft = '') {
    super('interrompu');
    this.name = 'InterruptedError';
    this.draft = draft;
  }
}

/** Whether `error` is an InterruptedError, told by its name (see isStoryboardError). */
export function isInterruptedError(error: unknown): error is InterruptedError {
  return error instanceof Error && error.name === 'InterruptedError' && 'draft' in error;
}
