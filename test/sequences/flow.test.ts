import { describe, expect, it } from 'vitest';
import {
  type AnswerRequest,
  type AnswerResult,
  type Asker,
  type Content,
  createProject,
  InterruptedError,
  type Project,
  parseContent,
  progressOf,
  resumeIndex,
  runInterview,
  stepsOf,
} from '../../src/sequences/index.js';

const content: Content = parseContent(`format: 1
id: mini
version: "1"
title: Mini
credits: test
sequences:
  - id: un
    title: Un
    intro: La première.
    questions:
      - { id: un.a, text: Question A ? }
      - { id: un.b, text: Question B ? }
  - id: deux
    title: Deux
    intro: La seconde.
    questions:
      - { id: deux.c, text: Question C ? }
`);

type Script = (request: AnswerRequest) => AnswerResult | Error;

/** A fake asker playing a script, recording what it was asked and shown. */
class ScriptedAsker implements Asker {
  readonly asked: AnswerRequest[] = [];
  readonly entered: string[] = [];
  constructor(private readonly script: Script[]) {}
  enterSequence(sequence: { id: string }): void {
    this.entered.push(sequence.id);
  }
  async ask(request: AnswerRequest): Promise<AnswerResult> {
    this.asked.push(request);
    const step = this.script.shift();
    if (!step) throw new Error(`unexpected question ${request.question.id}`);
    const result = step(request);
    if (result instanceof Error) throw result;
    return result;
  }
}

const answer = (text: string) => () => ({ kind: 'answer', text }) as const;
const skip = () => ({ kind: 'skip' }) as const;
const back = () => ({ kind: 'back' }) as const;
const interrupt = (draft: string) => () => new InterruptedError(draft);
const clock = () => new Date('2026-11-28T10:00:00.000Z');
const fresh = () => createProject({ name: 'Café' }, content, clock());

async function play(script: Script[], project: Project = fresh(), mode?: Parameters<typeof runInterview>[0]['mode']) {
  const asker = new ScriptedAsker(script);
  const saved: Project[] = [];
  let error: unknown;
  let outcome: Awaited<ReturnType<typeof runInterview>> | undefined;
  try {
    outcome = await runInterview({ asker, content, project, mode, now: clock, save: async (next) => void saved.push(next) });
  } catch (caught) {
    error = caught;
  }
  return { asker, saved, error, outcome, last: saved.at(-1) };
}

describe('runInterview', () => {
  it('asks every question in order, saving after each answer', async () => {
    const { asker, saved, outcome } = await play([answer('a'), answer('b'), answer('c')]);
    expect(asker.asked.map((request) => request.question.id)).toEqual(['un.a', 'un.b', 'deux.c']);
    expect(asker.entered).toEqual(['un', 'deux']);
    expect(saved).toHaveLength(3);
    expect(saved[0]?.answers).toEqual({ 'un.a': { text: 'a', answered: '2026-11-28T10:00:00.000Z' } });
    expect(outcome?.finished).toBe(true);
  });

  it('shows progress: séquence and question numbers, answered over total', async () => {
    const { asker } = await play([answer('a'), answer('b'), answer('c')]);
    expect(asker.asked[2]?.position).toEqual({
      sequenceNumber: 2,
      sequenceCount: 2,
      questionNumber: 1,
      questionCount: 1,
      answered: 2,
      total: 3,
    });
    expect(asker.asked[0]?.canGoBack).toBe(false);
    expect(asker.asked[1]?.canGoBack).toBe(true);
  });

  it('treats an empty answer as a skip, shown as to be completed', async () => {
    const { last } = await play([answer('  \n '), skip, answer('c')]);
    expect(last?.skipped).toEqual(['un.a', 'un.b']);
    expect(Object.keys(last?.answers ?? {})).toEqual(['deux.c']);
  });

  it('goes back to the previous question with its answer as editable text', async () => {
    const { asker, last } = await play([answer('a'), back, answer('a, mieux'), answer('b'), answer('c')]);
    expect(asker.asked.map((request) => request.question.id)).toEqual(['un.a', 'un.b', 'un.a', 'un.b', 'deux.c']);
    expect(asker.asked[2]).toMatchObject({ initial: 'a', initialKind: 'answer' });
    expect(last?.answers['un.a']?.text).toBe('a, mieux');
  });

  it('keeps the text typed before going back as a draft of that question', async () => {
    const backWith = (draft: string) => () => ({ kind: 'back', draft }) as const;
    const { asker, last } = await play([answer('a'), backWith('b commencé'), answer('a'), interrupt('')]);
    expect(last?.drafts['un.b']?.text).toBe('b commencé');
    expect(asker.asked[3]).toMatchObject({ initial: 'b commencé', initialKind: 'draft' });
  });

  it('keeps the text being typed as a draft when interrupted, and rethrows', async () => {
    const { error, last, saved } = await play([answer('a'), interrupt('b commencé')]);
    expect(error).toBeInstanceOf(InterruptedError);
    expect(saved).toHaveLength(2);
    expect(last?.answers['un.a']?.text).toBe('a');
    expect(last?.drafts['un.b']?.text).toBe('b commencé');
  });

  it('saves nothing more when interrupted on an empty prompt', async () => {
    const { error, saved } = await play([interrupt('')]);
    expect(error).toBeInstanceOf(InterruptedError);
    expect(saved).toHaveLength(0);
  });

  it('resumes at the first unanswered question and offers its draft', async () => {
    const first = await play([answer('a'), interrupt('b commencé')]);
    const { asker, last } = await play([answer('b fini'), answer('c')], first.last);
    expect(asker.asked[0]).toMatchObject({ initial: 'b commencé', initialKind: 'draft' });
    expect(asker.asked[0]?.question.id).toBe('un.b');
    expect(last?.drafts).toEqual({});
    expect(last?.answers['un.b']?.text).toBe('b fini');
  });

  it('passes answered questions by when continuing', async () => {
    const first = await play([skip, answer('b'), interrupt('')]);
    expect(resumeIndex(stepsOf(content), first.last as Project)).toBe(2);
    const { asker } = await play([answer('c'), answer('a enfin')], first.last);
    // c is the first never-seen question; then nothing is left but nothing is asked twice.
    expect(asker.asked.map((request) => request.question.id)).toEqual(['deux.c']);
  });

  it('comes back to skipped questions once everything else is answered', async () => {
    const first = await play([skip, answer('b'), answer('c')]);
    const { asker } = await play([answer('a enfin')], first.last);
    expect(asker.asked.map((request) => request.question.id)).toEqual(['un.a']);
  });

  it('revisits one séquence with its answers offered as starting text', async () => {
    const first = await play([answer('a'), answer('b'), answer('c')]);
    const { asker, last } = await play([answer('a bis'), answer('b')], first.last, { kind: 'sequence', id: 'un' });
    expect(asker.asked.map((request) => request.initial)).toEqual(['a', 'b']);
    expect(last?.answers['un.a']?.text).toBe('a bis');
  });

  it('never erases an answer with an empty submission', async () => {
    const first = await play([answer('a'), answer('b'), answer('c')]);
    const { last } = await play([answer(''), answer('b')], first.last, { kind: 'sequence', id: 'un' });
    expect(last?.answers['un.a']?.text).toBe('a');
    expect(last?.skipped).toEqual([]);
  });

  it('reports progress per séquence', async () => {
    const { last } = await play([answer('a'), skip, interrupt('c…')]);
    const progress = progressOf(content, last as Project);
    expect(progress.answered).toBe(1);
    expect(progress.total).toBe(3);
    expect(progress.sequences.map((sequence) => sequence.state)).toEqual(['partial', 'empty']);
    expect(progress.sequences[0]?.skipped).toEqual(['un.b']);
    expect(progress.sequences[1]?.drafts).toEqual(['deux.c']);
  });
});
