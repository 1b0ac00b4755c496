import { InterruptedError } from './asker.js';
import type { Content } from './content-schema.js';
import type { Project, ReperageEntry } from './project-schema.js';
import { reperageOf, withoutReperage, withReperage } from './reperage.js';

/** A marker found in an answer: the family, the words, the answer (as the markers module gives it). */
export interface ReperageHit {
  family: string;
  evidence: string;
  question?: string;
}

/** Words that show a family, and the answer they come from. */
export interface ShownEvidence {
  text: string;
  question?: string;
  /** The question's text, to say where the words are. */
  questionText?: string;
}

/** One family put before the group. */
export interface FamilyReview {
  family: { id: string; title: string };
  /** 1-based place of the family in the walk, and how many families there are. */
  index: number;
  count: number;
  /** What storyboard found (or what the group confirmed earlier); empty for a family not found. */
  evidence: ShownEvidence[];
  /** The group's earlier choice, offered as the default. */
  previous?: ReperageEntry;
}

/** An answer the group may point to. */
export interface AnswerChoice {
  id: string;
  question: string;
  sequence: string;
  /** The answer's first words. */
  excerpt: string;
}

/**
 * The one way the repérage talks to the group; the CLI implements it with prompts, tests with
 * a script. On Ctrl+C a method rejects with an InterruptedError (`explain` with the text typed).
 */
export interface ReperageAsker {
  /** Opens the walk: how many families storyboard found among how many. */
  start(found: number, count: number): void;
  /** A family storyboard found: does the group recognise it in the project? */
  confirm(review: FamilyReview): Promise<'confirmed' | 'rejected'>;
  /** A family not found: the answer that shows it after all, or undefined when none does. */
  pointTo(review: FamilyReview, answers: readonly AnswerChoice[]): Promise<string | undefined>;
  /** Why that answer shows the family, in a sentence (may be empty). */
  explain(review: FamilyReview, answer: AnswerChoice): Promise<string>;
}

export interface ReperageOptions {
  asker: ReperageAsker;
  content: Content;
  project: Project;
  hits: readonly ReperageHit[];
  /** Persists the project; called after every choice that changes it. */
  save: (project: Project) => Promise<void>;
  now?: () => Date;
}

/** How many quotes of a family are shown to the group and kept with its choice. */
const QUOTES_KEPT = 5;

/**
 * The Clap's repérage: every family storyboard found is shown with its words for the group to
 * confirm or reject; then, for each family not found, the group may point to the answer that
 * shows it and say why. Each choice is saved before the next one is asked, and earlier
 * choices are offered again, so that the repérage can be reviewed at any time.
 */
export async function reviewMarkers(options: ReperageOptions): Promise<Project> {
  const { asker, content, save } = options;
  const now = options.now ?? (() => new Date());
  let project = options.project;
  const families = content.sequences.filter((sequence) => sequence.markers.length > 0);
  const questionText = new Map(content.sequences.flatMap((sequence) => sequence.questions.map((question) => [question.id, question.text] as const)));

  const reviews = families.map((family): FamilyReview => {
    const previous = reperageOf(project, family.id);
    const seen = new Set<string>();
    const evidence: ShownEvidence[] = [];
    for (const hit of options.hits) {
      const text = hit.evidence.replace(/\s+/g, ' ').trim();
      if (hit.family !== family.id || text === '' || seen.has(text)) continue;
      seen.add(text);
      evidence.push({ text, question: hit.question, questionText: hit.question === undefined ? undefined : questionText.get(hit.question) });
    }
    // A family confirmed or rejected earlier whose words are no longer found keeps them.
    if (evidence.length === 0 && previous && previous.decision !== 'added') {
      for (const text of previous.evidence ?? []) evidence.push({ text });
    }
    return { family: { id: family.id, title: family.title }, index: 0, count: families.length, evidence, previous };
  });
  // Found families first, as the seed's Clap reads: « repérez les marqueurs ».
  const ordered = [...reviews.filter((review) => review.evidence.length > 0), ...reviews.filter((review) => review.evidence.length === 0)];
  ordered.forEach((review, index) => {
    review.index = index + 1;
  });
  const commit = async (next: Project) => {
    if (next === project) return;
    project = next;
    await save(project);
  };

  asker.start(ordered.filter((review) => review.evidence.length > 0).length, ordered.length);
  for (const review of ordered) {
    const family = review.family.id;
    if (review.evidence.length > 0) {
      const decision = await asker.confirm(review);
      const evidence = review.evidence.slice(0, QUOTES_KEPT).map((item) => item.text);
      const previous = reperageOf(project, family);
      if (previous?.decision === decision && sameList(previous.evidence, evidence)) continue;
      await commit(withReperage(project, { family, decision, evidence, date: now().toISOString() }, content, now()));
      continue;
    }
    const answers = answerChoices(content, project, family);
    if (answers.length === 0) continue;
    const pointed = await asker.pointTo(review, answers);
    const answer = answers.find((choice) => choice.id === pointed);
    if (!answer) {
      await commit(withoutReperage(project, family, now()));
      continue;
    }
    const previous = reperageOf(project, family);
    const kept = previous?.decision === 'added' && previous.question === answer.id ? previous.note : undefined;
    // The answer pointed to is saved at once: a Ctrl+C while writing the note keeps it.
    const entry = (note: string | undefined): ReperageEntry => ({
      family,
      decision: 'added',
      question: answer.id,
      ...(note?.trim() ? { note: note.trim() } : {}),
      date: now().toISOString(),
    });
    if (!(previous?.decision === 'added' && previous.question === answer.id)) await commit(withReperage(project, entry(kept), content, now()));
    let note: string;
    try {
      note = await asker.explain({ ...review, previous: reperageOf(project, family) }, answer);
    } catch (error) {
      if (error instanceof InterruptedError && error.draft.trim() !== '' && error.draft.trim() !== kept) {
        await commit(withReperage(project, entry(error.draft), content, now()));
      }
      throw error;
    }
    if (note.trim() !== (reperageOf(project, family)?.note ?? '')) await commit(withReperage(project, entry(note), content, now()));
  }
  return project;
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The answered questions, the family's own séquence first, then the storyboard's order. */
export function answerChoices(content: Content, project: Project, family: string): AnswerChoice[] {
  const choices = content.sequences.flatMap((sequence) =>
    sequence.questions.flatMap((question) => {
      const text = project.answers[question.id]?.text.replace(/\s+/g, ' ').trim();
      if (!text) return [];
      const chars = Array.from(text);
      const excerpt = chars.length > 70 ? `${chars.slice(0, 69).join('').trimEnd()}…` : text;
      return [{ id: question.id, question: question.text, sequence: sequence.id, excerpt }];
    }),
  );
  return [...choices.filter((choice) => choice.sequence === family), ...choices.filter((choice) => choice.sequence !== family)].map(
    ({ id, question, sequence, excerpt }) => ({ id, question, sequence: content.sequences.find((item) => item.id === sequence)?.title ?? sequence, excerpt }),
  );
}
