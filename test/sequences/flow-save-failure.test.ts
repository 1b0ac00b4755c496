import { describe, expect, it } from 'vitest';
import {
  type AnswerRequest,
  type AnswerResult,
  type Asker,
  createProject,
  InterruptedError,
  type Project,
  parseContent,
  runInterview,
} from '../../src/sequences/index.js';
import { MINI_CONTENT } from '../helpers/mini-content.js';

const content = parseContent(MINI_CONTENT);
const clock = () => new Date('2026-12-05T10:00:00.000Z');
const diskFull = () => Object.assign(new Error('ENOSPC'), { retry: true });

class ScriptedAsker implements Asker {
  readonly asked: AnswerRequest[] = [];
  constructor(private readonly script: ((request: AnswerRequest) => AnswerResult | Error)[]) {}
  enterSequence(): void {}
  async ask(request: AnswerRequest): Promise<AnswerResult> {
    this.asked.push(request);
    const result = this.script.shift()?.(request) ?? new Error('unexpected question');
    if (result instanceof Error) throw result;
    return result;
  }
}

describe('a save that fails for want of room', () => {
  it('asks the same question again with the answer typed, then goes on once it is saved', async () => {
    const asker = new ScriptedAsker([
      () => ({ kind: 'answer', text: 'Un besoin du quartier.' }),
      () => ({ kind: 'answer', text: 'Un besoin du quartier.' }),
      () => ({ kind: 'skip' }),
    ]);
    const saved: Project[] = [];
    let failures = 1;
    const outcome = await runInterview({
      asker,
      content,
      project: createProject({ name: 'Café' }, content, clock()),
      now: clock,
      save: async (next) => {
        if (failures-- > 0) throw diskFull();
        saved.push(next);
        return next;
      },
    });
    expect(asker.asked.map((request) => request.question.id)).toEqual(['besoin-collectif.motivation', 'besoin-collectif.motivation', 'clap.histoire']);
    expect(asker.asked[1]?.initial).toBe('Un besoin du quartier.');
    expect(saved[0]?.answers['besoin-collectif.motivation']?.text).toBe('Un besoin du quartier.');
    expect(outcome.project.answers['besoin-collectif.motivation']?.text).toBe('Un besoin du quartier.');
  });

  it('hands the text back with the error when even the draft of an interruption cannot be written', async () => {
    const asker = new ScriptedAsker([() => new InterruptedError('Mon texte en cours.')]);
    const failure = await runInterview({
      asker,
      content,
      project: createProject({ name: 'Café' }, content, clock()),
      save: async () => {
        throw diskFull();
      },
    }).catch((error: unknown) => error);
    expect((failure as { unsavedText?: string }).unsavedText).toBe('Mon texte en cours.');
  });
});
