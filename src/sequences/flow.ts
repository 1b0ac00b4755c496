import { type Asker, InterruptedError } from './asker.js';
import type { Content } from './content-schema.js';
import { numberedSequenceCount, progressOf, resumeIndex, type Step, stepsOf } from './progress.js';
import { type Project, withAnswer, withDraft, withSkip } from './project.js';

export interface InterviewOptions {
  asker: Asker;
  content: Content;
  project: Project;
  /**
   * Persists the project; called after every answer, skip or draft, before going on. It may
   * return the project as saved (merged with changes made to the file meanwhile), which the
   * walk goes on from. An error with `retry: true` (a full disk) means the person can fix the
   * cause while waiting: the answer is asked again, its text kept in the prompt.
   */
  save: (project: Project) => Promise<Project | undefined>;
  now?: () => Date;
  /**
   * `continue`: from the resume point, asking only questions not yet answered.
   * `sequence`: every question of one séquence, its answers offered as editable text.
   */
  mode?: { kind: 'continue' } | { kind: 'sequence'; id: string };
}

export interface InterviewOutcome {
  project: Project;
  /** True when the walk reached its end (rather than nothing being left to ask). */
  finished: boolean;
}

/**
 * Walks the person through the questions, saving after each one. Going back is always one
 * question back in the storyboard's order. On interruption the typed text is saved as a
 * draft, then the InterruptedError is rethrown for the CLI to report.
 */
export async function runInterview(options: InterviewOptions): Promise<InterviewOutcome> {
  const { asker, content, save } = options;
  const now = options.now ?? (() => new Date());
  const mode = options.mode ?? { kind: 'continue' };
  let project = options.project;

  const all = stepsOf(content);
  const steps = mode.kind === 'sequence' ? all.filter((step) => step.sequence.id === mode.id) : all;
  const isOpen = (step: Step) => !(step.question.id in project.answers);
  // In `continue` mode, answered questions are passed by unless the person goes back to them.
  const nextFrom = (from: number) => {
    if (mode.kind === 'sequence') return from;
    for (let index = from; index < steps.length; index++) {
      const step = steps[index];
      if (step && isOpen(step)) return index;
    }
    return steps.length;
  };

  let index = mode.kind === 'sequence' ? 0 : resumeIndex(steps, project);
  if (index === -1) return { project, finished: false };
  let shownSequence = -1;
  const sequenceCount = numberedSequenceCount(content);
  /** The text of an answer that could not be saved, offered again in its prompt. */
  let unsaved: string | undefined;
  const saved = async (next: Project): Promise<boolean> => {
    try {
      project = (await save(next)) ?? next;
      return true;
    } catch (error) {
      if ((error as { retry?: unknown } | undefined)?.retry !== true) throw error;
      return false;
    }
  };

  while (index < steps.length) {
    const step = steps[index] as Step;
    if (step.sequenceIndex !== shownSequence) {
      asker.enterSequence(step.sequence, step.sequenceIndex + 1, sequenceCount);
      shownSequence = step.sequenceIndex;
    }
    const id = step.question.id;
    const draft = project.drafts[id]?.text;
    const answer = project.answers[id]?.text;
    const progress = progressOf(content, project);
    let result: Awaited<ReturnType<Asker['ask']>>;
    try {
      result = await asker.ask({
        sequence: step.sequence,
        question: step.question,
        position: {
          sequenceNumber: step.sequenceIndex + 1,
          sequenceCount,
          questionNumber: step.questionIndex + 1,
          questionCount: step.sequence.questions.length,
          answered: progress.answered,
          total: progress.total,
        },
        initial: unsaved ?? draft ?? answer,
        initialKind: unsaved !== undefined || draft !== undefined ? 'draft' : answer !== undefined ? 'answer' : undefined,
        canGoBack: index > 0,
      });
    } catch (error) {
      if (error instanceof InterruptedError && error.draft.trim() !== '' && error.draft !== answer) {
        try {
          await save(withDraft(project, id, error.draft, now()));
        } catch (saveError) {
          // Not even a draft could be written: the caller shows the text to be copied.
          throw Object.assign(saveError as object, { unsavedText: error.draft });
        }
      }
      throw error;
    }

    if (result.kind === 'back') {
      unsaved = undefined;
      const kept = result.draft ?? '';
      if (kept.trim() !== '' && kept !== answer && kept !== draft) {
        const next = withDraft(project, id, kept, now());
        // Unsaved, the draft still stays in memory, written with the next save that works.
        if (!(await saved(next))) project = next;
      }
      index = Math.max(0, index - 1);
      continue;
    }
    const typed = result.kind === 'answer' && result.text.trim() !== '' ? result.text : undefined;
    if (!(await saved(typed !== undefined ? withAnswer(project, id, typed, now()) : withSkip(project, id, now())))) {
      unsaved = typed;
      continue;
    }
    unsaved = undefined;
    index = nextFrom(index + 1);
  }
  return { project, finished: true };
}
