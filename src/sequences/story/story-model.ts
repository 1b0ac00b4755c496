import type { Content, Question } from '../content-schema.js';
import type { Project } from '../project-schema.js';
import { answerMarkdown, type Highlight } from './answer-markdown.js';
import { frontMatter } from './front-matter.js';
import { escapeInline, stripControl, truncate } from './markdown-escape.js';
import { bar, type FamilySummary, familiesChart, familiesTable, pistes, summariseFamilies } from './marker-summary.js';
import type { StoryHit } from './story-types.js';

/** What `buildStory` needs: all data, nothing read from disk or clock. */
export interface StoryInput {
  content: Content;
  project: Project;
  /** Markers found in the project's answers (offsets into each answer). */
  hits: readonly StoryHit[];
  /** The day the story is written, `AAAA-MM-JJ`. */
  date: string;
}

/** One answered question, told as a lead-in and the answer. Every string is safe Markdown. */
export interface StoryPart {
  id: string;
  question: string;
  /** The question in italics, the lead-in of the answer. */
  lead: string;
  body: string;
  /** `lead` and `body` together, as one paragraph when the answer starts with words. */
  text: string;
}

export interface StorySequence {
  number: number;
  id: string;
  title: string;
  /** At least one question answered, all of them, none. */
  answered: boolean;
  complete: boolean;
  empty: boolean;
  parts: StoryPart[];
  /** The questions still to answer. */
  missing: string[];
  /** The whole section: the parts, then what is « à compléter ». */
  body: string;
}

export interface StoryFamily extends Omit<FamilySummary, 'title' | 'evidence'> {
  title: string;
  evidence: string[];
  bar: string;
}

/**
 * The story's data, handed to the template. Every string in it is already inert Markdown,
 * so a template may place any of them anywhere without an answer changing the structure.
 */
export interface StoryView {
  frontMatter: string;
  title: string;
  presentation: string;
  date: string;
  dateText: string;
  project: { name: string; structure: string | null; territory: string | null; contributors: string | null; contributorList: string[] };
  storyboard: { title: string; credits: string };
  progress: { answered: number; total: number; complete: boolean };
  sequences: StorySequence[];
  orphans: { id: string; body: string }[];
  hasOrphans: boolean;
  orphansText: string;
  markers: {
    found: number;
    total: number;
    /** « 7/11 ». */
    count: string;
    allFound: boolean;
    intro: string;
    families: StoryFamily[];
    table: string;
    chart: string;
    pistes: string;
  };
}

const TO_COMPLETE = '*À compléter.*';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 2 mai 2024 » from « 2024-05-02 »; the date as given when it is not one. */
export function frenchDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  const day = Number(match[3]);
  return `${day === 1 ? '1er' : day} ${month} ${match[1]}`;
}

/** « Awa », « Awa et Marc », « Awa, Marc et Lou ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/**
 * Builds the story of a project: every séquence in the content's order with its answers told
 * as a narrative, the markers tagged where they were found, and the markers summary with the
 * pistes for the families not found yet. Works on an unfinished project: what is missing is
 * « à compléter ». Pure: same input, same story.
 */
export function buildStory({ content, project, hits, date }: StoryInput): StoryView {
  const questions = content.sequences.flatMap((sequence) => sequence.questions);
  const questionOrder = questions.map((question) => question.id);
  const answerOf = (id: string) => {
    const text = project.answers[id]?.text;
    return text !== undefined && text.trim() !== '' ? text : undefined;
  };
  const familyTitle = new Map(content.sequences.map((sequence) => [sequence.id, sequence.title]));
  const highlightsOf = (id: string): Highlight[] =>
    hits
      .filter((hit) => hit.question === id)
      .map((hit) => ({ start: hit.start, end: hit.end, tags: [familyTitle.get(hit.family) ?? hit.label] }));

  const part = (question: Question, text: string): StoryPart => {
    const lead = `*${escapeInline(question.text)}*`;
    const body = answerMarkdown(text, highlightsOf(question.id));
    return { id: question.id, question: escapeInline(question.text), lead, body, text: body.startsWith('- ') ? `${lead}\n\n${body}` : `${lead} ${body}` };
  };

  const sequences = content.sequences.map((sequence, index): StorySequence => {
    const parts: StoryPart[] = [];
    const missing: string[] = [];
    for (const question of sequence.questions) {
      const text = answerOf(question.id);
      if (text === undefined) missing.push(escapeInline(question.text));
      else parts.push(part(question, text));
    }
    const body =
      parts.length === 0
        ? TO_COMPLETE
        : [...parts.map((item) => item.text), ...(missing.length > 0 ? [`*À compléter : ${missing.map((text) => `« ${text} »`).join(' ; ')}*`] : [])].join('\n\n');
    return {
      number: index + 1,
      id: sequence.id,
      title: escapeInline(sequence.title),
      answered: parts.length > 0,
      complete: missing.length === 0,
      empty: parts.length === 0,
      parts,
      missing,
      body,
    };
  });

  const known = new Set(questionOrder);
  const orphans = Object.keys(project.answers)
    .filter((id) => !known.has(id) && answerOf(id) !== undefined)
    .map((id) => ({ id: escapeInline(id), body: `*Réponse à la question « ${escapeInline(id)} », absente du contenu actuel :* ${answerMarkdown(answerOf(id) ?? '', highlightsOf(id))}` }));

  const answered = new Set(questionOrder.filter((id) => answerOf(id) !== undefined));
  const summaries = summariseFamilies(content, hits, questionOrder);
  // « which answer »: the question, and its séquence when it is not the family's own.
  const questionLabel = (id: string, family: string) => {
    const sequence = content.sequences.find((item) => item.questions.some((question) => question.id === id));
    const question = sequence?.questions.find((item) => item.id === id);
    if (!sequence || !question) return id;
    return sequence.id === family ? truncate(question.text, 60) : `${truncate(question.text, 60)} (${sequence.title})`;
  };
  const found = summaries.filter((summary) => summary.found).length;
  const count = `${found}/${summaries.length}`;

  const identity = project.project;
  const clean = (text: string | undefined) => (text === undefined ? null : escapeInline(text.trim()) || null);
  const contributorList = (identity.contributors ?? []).map((name) => escapeInline(name.trim())).filter(Boolean);

  return {
    frontMatter: frontMatter({
      title: identity.name,
      structure: identity.structure,
      territory: identity.territory,
      contributors: identity.contributors,
      date,
    }),
    title: escapeInline(identity.name.trim()),
    presentation: presentation({
      structure: clean(identity.structure),
      territory: clean(identity.territory),
      contributors: contributorList,
      storyboard: escapeInline(content.title),
      dateText: frenchDate(date),
      answered: answered.size,
      total: questionOrder.length,
      found,
      families: summaries.length,
    }),
    date,
    dateText: frenchDate(date),
    project: {
      name: escapeInline(identity.name.trim()),
      structure: clean(identity.structure),
      territory: clean(identity.territory),
      contributors: contributorList.length > 0 ? frenchList(contributorList) : null,
      contributorList,
    },
    storyboard: { title: escapeInline(content.title), credits: escapeInline(content.credits) },
    progress: { answered: answered.size, total: questionOrder.length, complete: answered.size === questionOrder.length },
    sequences,
    orphans,
    hasOrphans: orphans.length > 0,
    orphansText: orphans.map((orphan) => orphan.body).join('\n\n'),
    markers: {
      found,
      total: summaries.length,
      count,
      allFound: found === summaries.length,
      intro:
        `**${count}** familles de marqueurs de l'innovation sociale repérées dans vos réponses. ` +
        'Le repérage est automatique : les mots qui les révèlent sont en gras dans le récit, suivis de la famille entre crochets. ' +
        "Relisez-le en groupe : c'est un point de départ pour en parler, pas un verdict.",
      families: summaries.map((summary) => ({
        ...summary,
        title: escapeInline(summary.title),
        evidence: summary.evidence.map((quote) => escapeInline(truncate(stripControl(quote), 100))),
        bar: bar(summary),
      })),
      table: familiesTable(summaries, questionLabel),
      chart: familiesChart(summaries),
      pistes: pistes(content, summaries, answered),
    },
  };
}

interface PresentationFacts {
  structure: string | null;
  territory: string | null;
  contributors: string[];
  storyboard: string;
  dateText: string;
  answered: number;
  total: number;
  found: number;
  families: number;
}

function presentation(facts: PresentationFacts): string {
  const who =
    facts.structure && facts.territory
      ? `Un projet porté par ${facts.structure}, sur le territoire : ${facts.territory}.`
      : facts.structure
        ? `Un projet porté par ${facts.structure}.`
        : facts.territory
          ? `Un projet ancré sur le territoire : ${facts.territory}.`
          : undefined;
  const by = facts.contributors.length > 0 ? ` par ${frenchList(facts.contributors)}` : '';
  const told = `Cette histoire a été écrite${by} avec *${facts.storyboard}*, le ${facts.dateText}.`;
  const progress =
    facts.answered === facts.total
      ? `Elle suit les séquences du storyboard, des besoins qui ont fait naître le projet jusqu'au « Clap » final ; ${familiesFound(facts)}.`
      : `Le récit est en cours : ${facts.answered} question${facts.answered > 1 ? 's' : ''} sur ${facts.total} ${facts.answered > 1 ? 'ont' : 'a'} une réponse, les passages « à compléter » attendent la suite ; ${familiesFound(facts)}.`;
  return [who ? `*${who}*` : undefined, `${told} ${progress}`].filter(Boolean).join('\n\n');
}

function familiesFound({ found, families }: PresentationFacts): string {
  if (found === 0) return `aucune des ${families} familles de marqueurs de l'innovation sociale n'y est encore repérée`;
  if (found === 1) return `une des ${families} familles de marqueurs de l'innovation sociale y est repérée`;
  return `${found} des ${families} familles de marqueurs de l'innovation sociale y sont repérées`;
}
