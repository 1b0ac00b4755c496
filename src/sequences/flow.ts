import { type Asker, InterruptedError } from './asker.js';
import type { Content } from './content-schema.js';
import { numberedSequenceCount, progressOf, resumeIndex, type Step, stepsOf } from './progress.js';
import { type Project, withAnswer, withDraft, withSkip } from './project.js';

export interface InterviewOptions {
  asker: Asker;
  content: Content;
  project: Project;
  /** Persists the project; called after every answer, skip or draft, before going on. */
  save: (project: Project) => Promise<void>;
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
        initial: draft ?? answer,
        initialKind: draft !== undefined ? 'draft' : answer !== undefined ? 'answer' : undefined,
        canGoBack: index > 0,
      });
    } catch (error) {
      if (error instanceof InterruptedError && error.draft.trim() !== '' && error.draft !== answer) {
        project = withDraft(project, id, error.draft, now());
        await save(project);
      }
      throw error;
    }

    if (result.kind === 'back') {
      const kept = result.draft ?? '';
      if (kept.trim() !== '' && kept !== answer && kept !== draft) {
        project = withDraft(project, id, kept, now());
        await save(project);
      }
      index = Math.max(0, index - 1);
      continue;
    }
    project = result.kind === 'answer' && result.text.trim() !== '' ? withAnswer(project, id, result.text, now()) : withSkip(project, id, now());
    await save(project);
    index = nextFrom(index + 1);
  }
  return { project, finished: true };
}
