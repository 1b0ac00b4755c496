import { ExitPromptError } from '@inquirer/core';
import type { Choice, Prompts } from '../../src/cli/prompts.js';
import { type AnswerRequest, type AnswerResult, InterruptedError } from '../../src/sequences/asker.js';
import type { AnswerChoice, FamilyReview } from '../../src/sequences/reperage-review.js';

/**
 * What the person does at one prompt, in order. A reply may be a function of what is asked,
 * run while the command waits there: the moment to change a file behind its back, or to open
 * a second session.
 */
export type Step =
  | { kind: 'line'; reply: (message: string) => string | Promise<string> }
  | { kind: 'choose'; reply: (choices: readonly Choice<unknown>[], message: string) => unknown }
  | { kind: 'answer'; reply: (request: AnswerRequest) => AnswerResult | Promise<AnswerResult> }
  | { kind: 'confirm'; reply: (review: FamilyReview) => 'confirmed' | 'rejected' | Promise<'confirmed' | 'rejected'> }
  | { kind: 'pointTo'; reply: (review: FamilyReview, answers: readonly AnswerChoice[]) => string | undefined | Promise<string | undefined> }
  | { kind: 'explain'; reply: (review: FamilyReview, answer: AnswerChoice) => string | Promise<string> }
  | { kind: 'interrupt'; draft?: string };

type Reply<T extends Exclude<Step['kind'], 'interrupt'>> = Extract<Step, { kind: T }>['reply'];
const asReply = <A extends unknown[], R>(given: R | ((...args: A) => R)) => (typeof given === 'function' ? (given as (...args: A) => R) : () => given);

/** Types one line (a project's name, a structure…) and Entrée. */
export const line = (text: string | Reply<'line'>): Step => ({ kind: 'line', reply: asReply(text) });
/** Picks the menu entry standing for `value` (its value, not its place in the list). */
export const choose = (value: unknown): Step => ({ kind: 'choose', reply: typeof value === 'function' ? (value as Reply<'choose'>) : () => value });
/** Answers a question of the interview with this text. */
export const answer = (text: string | ((request: AnswerRequest) => string | Promise<string>)): Step => ({
  kind: 'answer',
  reply: async (request) => ({ kind: 'answer', text: await asReply<[AnswerRequest], string | Promise<string>>(text)(request) }),
});
/** Leaves a question empty: « à compléter ». */
export const skip = (): Step => ({ kind: 'answer', reply: () => ({ kind: 'skip' }) });
/** Validates the answer offered again as it is (Ctrl+D on an unchanged prompt). */
export const keep = (): Step => ({
  kind: 'answer',
  reply: (request) => (request.initial?.trim() ? { kind: 'answer', text: request.initial } : { kind: 'skip' }),
});
/** Goes back a question (Ctrl+P), keeping `draft` as the text typed. */
export const back = (draft?: string): Step => ({ kind: 'answer', reply: () => ({ kind: 'back', draft }) });
/** The repérage: the group confirms or rejects a family storyboard found. */
export const confirm = (decision: 'confirmed' | 'rejected' | Reply<'confirm'>): Step => ({ kind: 'confirm', reply: asReply(decision) });
/** The repérage: the answer (its question id) that shows a family storyboard did not find, or none. */
export const pointTo = (question: string | undefined | Reply<'pointTo'>): Step => ({ kind: 'pointTo', reply: asReply(question) });
/** The repérage: why that answer shows the family. */
export const explain = (text: string): Step => ({ kind: 'explain', reply: () => text });
/** Ctrl+C, with `draft` typed at the question (an interview question, or the repérage's « pourquoi »). */
export const interrupt = (draft?: string): Step => ({ kind: 'interrupt', draft });

/**
 * Prompts that follow a script instead of reading keys: commands run in-process take their
 * answers from it. What each prompt asked is kept in `asked`, one line each (« choose: Que
 * voulez-vous faire ? [continue, revisit, clap, reperage, quit] », « question
 * besoin-collectif.envie-besoin (draft: …) »…). A prompt the script did not expect fails the run.
 */
export class ScriptedPrompts implements Prompts {
  readonly asked: string[] = [];
  /** What went wrong in the script itself (a step's own assertion, an unexpected prompt): runStoryboard throws it. */
  failure: unknown;
  private readonly steps: Step[];

  constructor(steps: readonly Step[]) {
    this.steps = [...steps];
  }

  /** Steps not used by the run. */
  get left(): number {
    return this.steps.length;
  }

  private next<K extends Exclude<Step['kind'], 'interrupt'>>(kind: K, what: string, interrupted: (draft?: string) => Error): Extract<Step, { kind: K }> {
    this.asked.push(what);
    const step = this.steps.shift();
    if (step?.kind === 'interrupt') throw interrupted(step.draft);
    if (step?.kind !== kind) {
      throw this.failed(new Error(`script: ${step ? `a step « ${step.kind} »` : 'no step left'} where the command asks ${what}`));
    }
    // A step's own failure (an expect in it) is the test's, not the command's to report.
    const reply = step.reply as (...args: unknown[]) => unknown;
    return {
      ...step,
      reply: async (...args: unknown[]) => {
        try {
          return await reply(...args);
        } catch (error) {
          throw this.failed(error);
        }
      },
    } as Extract<Step, { kind: K }>;
  }

  private failed(error: unknown): unknown {
    this.failure ??= error;
    return error;
  }

  async line(message: string, validate?: (value: string) => true | string): Promise<string> {
    for (;;) {
      const value = await this.next('line', `line: ${message}`, exitPrompt).reply(message);
      // As the terminal does: an answer refused is asked again, with the reason shown.
      const verdict = validate?.(value) ?? true;
      if (verdict === true) return value;
      this.asked.push(`refused: ${verdict}`);
    }
  }

  async choose<Value>(message: string, choices: readonly Choice<Value>[]): Promise<Value> {
    const values = choices.map((choice) => String(choice.value));
    const value = await this.next('choose', `choose: ${message} [${values.join(', ')}]`, exitPrompt).reply(choices, message);
    const chosen = choices.find((choice) => choice.value === value);
    if (!chosen) throw this.failed(new Error(`script: « ${String(value)} » is not among ${values.join(', ')}`));
    return chosen.value;
  }

  asker() {
    return {
      enterSequence: (sequence: { id: string }, number: number, count: number) => {
        this.asked.push(`sequence ${number}/${count}: ${sequence.id}`);
      },
      ask: async (request: AnswerRequest): Promise<AnswerResult> => {
        const initial = request.initial === undefined ? '' : ` (${request.initialKind ?? 'answer'}: ${request.initial})`;
        // Ctrl+C keeps what the prompt held: the text offered, unless the script says what was typed.
        const step = this.next('answer', `question ${request.question.id}${initial}`, (draft) => new InterruptedError(draft ?? request.initial ?? ''));
        return step.reply(request);
      },
    };
  }

  reperageAsker() {
    return {
      start: (found: number, count: number) => {
        this.asked.push(`reperage: ${found}/${count} found`);
      },
      confirm: async (review: FamilyReview) =>
        this.next('confirm', `confirm ${review.index}/${review.count}: ${review.family.id}`, () => new InterruptedError()).reply(review),
      pointTo: async (review: FamilyReview, answers: readonly AnswerChoice[]) => {
        const question = await this.next('pointTo', `pointTo ${review.index}/${review.count}: ${review.family.id}`, () => new InterruptedError()).reply(review, answers);
        if (question !== undefined && !answers.some((choice) => choice.id === question)) {
          throw this.failed(new Error(`script: « ${question} » is not among the answers offered`));
        }
        return question;
      },
      explain: async (review: FamilyReview, answer: AnswerChoice) =>
        this.next('explain', `explain ${review.family.id}: ${answer.id}`, (draft) => new InterruptedError(draft ?? '')).reply(review, answer),
    };
  }
}

/** Ctrl+C at a menu or a line, as inquirer reports it. */
const exitPrompt = () => new ExitPromptError('User force closed the prompt with SIGINT');

export const script = (...steps: Step[]): ScriptedPrompts => new ScriptedPrompts(steps);
