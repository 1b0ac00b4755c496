import type { Content, Question } from '../content-schema.js';
import { CLAP_ID } from '../progress.js';
import type { Project } from '../project-schema.js';
import { answerMarkdown, type Highlight } from './answer-markdown.js';
import { frenchSpaces, guillemets } from './french-typography.js';
import { frontMatter } from './front-matter.js';
import { escapeInline, stripControl, truncate } from './markdown-escape.js';
import { bar, type FamilySummary, familiesChart, familiesTable, familyName, pistes, summariseFamilies } from './marker-summary.js';
import type { StoryHit } from './story-types.js';

/** What `buildStory` needs: all data, nothing read from disk or clock. */
export interface StoryInput {
  content: Content;
  project: Project;
  /** Markers found in the project's answers (offsets into each answer). */
  hits: readonly StoryHit[];
  /** The day the story is written, `AAAA-MM-JJ`. */
  date: string;
  /** Whether families only storyboard saw are shown, as its suggestions (default: yes). */
  suggestions?: boolean;
}

/** One answered question, told as a lead-in and the answer. Every string is safe Markdown. */
export interface StoryPart {
  id: string;
  question: string;
  /** The question, short, in italics: the lead-in of the answer. */
  lead: string;
  body: string;
  /** The families the answer shows, after it: the group's, then storyboard's suggestions. */
  markers: string;
  /** `lead`, `body` and `markers` together, the lead-in inside the answer's first paragraph. */
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

export interface StoryFamily extends Omit<FamilySummary, 'title' | 'evidence' | 'note' | 'pointed'> {
  title: string;
  evidence: string[];
  note: string | null;
  /** The answer the group pointed to, for a family it added. */
  pointed: string | null;
  /** The title as plain text (not Markdown), for an HTML page or a picture. */
  plainTitle: string;
  /** The family's status as a symbol (● confirmée, ◆ ajoutée, ◐ suggérée, × écartée, ○ pas encore). */
  bar: string;
  confirmed: boolean;
  added: boolean;
  suggested: boolean;
  rejected: boolean;
  missing: boolean;
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
  /** Every séquence, the Clap included (the templates written before the story opened with it). */
  sequences: StorySequence[];
  /** The séquences told as chapters: all but the Clap. */
  chapters: StorySequence[];
  /** The project's own story, the Clap's « racontez votre histoire », and whether it is told. */
  histoire: string;
  hasHistoire: boolean;
  /** What the group said of its markers in the Clap, if anything. */
  groupSays: string;
  hasGroupSays: boolean;
  orphans: { id: string; body: string }[];
  hasOrphans: boolean;
  orphansText: string;
  markers: {
    found: number;
    total: number;
    /** « 7/11 »: the families the story shows (the group's, and the suggestions when kept). */
    count: string;
    allFound: boolean;
    confirmed: number;
    added: number;
    suggested: number;
    rejected: number;
    missing: number;
    /** Whether the group has made any choice yet. */
    reviewed: boolean;
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
export function buildStory({ content, project, hits, date, suggestions = true }: StoryInput): StoryView {
  const questions = content.sequences.flatMap((sequence) => sequence.questions);
  const questionOrder = questions.map((question) => question.id);
  const answerOf = (id: string) => {
    const text = project.answers[id]?.text;
    return text !== undefined && text.trim() !== '' ? text : undefined;
  };
  const summaries = summariseFamilies(content, hits, questionOrder, project, suggestions);
  const summaryOf = new Map(summaries.map((summary) => [summary.id, summary]));
  const shown = (family: string) => summaryOf.get(family)?.found === true;
  // Bold words, no tag in the sentence: the families are named after the answer.
  const highlightsOf = (id: string): Highlight[] =>
    hits.filter((hit) => hit.question === id && shown(hit.family)).map((hit) => ({ start: hit.start, end: hit.end, tags: [] }));
  const markersOf = (id: string): string => {
    const families = summaries.filter(
      (summary) => summary.found && (hits.some((hit) => hit.question === id && hit.family === summary.id) || summary.pointed === id),
    );
    const theirs = families.filter((summary) => summary.status !== 'suggested');
    const suggested = families.filter((summary) => summary.status === 'suggested');
    // storyboard's words get French spacing; the group's note is quoted as it was typed.
    const list = (names: string[]) => names.join('\u00A0; ');
    const sentences: string[] = [];
    if (theirs.length > 0) {
      const names = theirs.map((summary) =>
        summary.pointed === id && summary.note
          ? `${frenchSpaces(familyName(summary.title))} (${guillemets(escapeInline(truncate(summary.note, 200)))})`
          : frenchSpaces(familyName(summary.title)),
      );
      const plural = theirs.length > 1 ? 's' : '';
      sentences.push(`Marqueur${plural} reconnu${plural} par le groupe\u00A0: ${list(names)}.`);
    }
    if (suggested.length > 0) {
      const plural = suggested.length > 1 ? 's' : '';
      sentences.push(`Suggestion${plural} de storyboard\u00A0: ${list(suggested.map((summary) => frenchSpaces(familyName(summary.title))))}.`);
    }
    return sentences.length === 0 ? '' : `*${sentences.join(' ')}*`;
  };

  const part = (question: Question, text: string, withLead = true): StoryPart => {
    const lead = `*${frenchSpaces(escapeInline(shortLead(question)))}*`;
    const body = answerMarkdown(text, highlightsOf(question.id));
    const markers = markersOf(question.id);
    const told = !withLead ? body : body.startsWith('- ') ? `${lead}\n\n${body}` : `${lead} ${body}`;
    return { id: question.id, question: escapeInline(question.text), lead, body, markers, text: markers ? `${told}\n\n${markers}` : told };
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
        : [
            ...parts.map((item) => item.text),
            ...(missing.length > 0 ? [`*${frenchSpaces(`À compléter : ${missing.map((text) => guillemets(frenchSpaces(text))).join(' ; ')}`)}*`] : []),
          ].join('\n\n');
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

  // The Clap: its first question is the project's own story, told first; the others are what
  // the group says of its markers, given with the summary.
  const clap = content.sequences.find((sequence) => sequence.id === CLAP_ID);
  const [storyQuestion, ...clapOthers] = clap?.questions ?? [];
  const histoireText = storyQuestion ? answerOf(storyQuestion.id) : undefined;
  const histoire = storyQuestion && histoireText !== undefined ? part(storyQuestion, histoireText, false).text : '';
  const groupSays = clapOthers
    .flatMap((question) => {
      const text = answerOf(question.id);
      return text === undefined ? [] : [`*${frenchSpaces('Ce que le groupe en dit :')}* ${part(question, text, false).text}`];
    })
    .join('\n\n');

  const known = new Set(questionOrder);
  const orphans = Object.keys(project.answers)
    .filter((id) => !known.has(id) && answerOf(id) !== undefined)
    .map((id) => ({
      id: escapeInline(id),
      body: `*${frenchSpaces(`Réponse à la question ${guillemets(escapeInline(id))}, absente du contenu actuel :`)}* ${answerMarkdown(answerOf(id) ?? '', highlightsOf(id))}`,
    }));

  const answered = new Set(questionOrder.filter((id) => answerOf(id) !== undefined));
  const questionLabel = (id: string) => {
    const question = questions.find((item) => item.id === id);
    return question ? truncate(shortLead(question), 60) : id;
  };
  const count = (status: FamilySummary['status']) => summaries.filter((summary) => summary.status === status).length;
  const found = summaries.filter((summary) => summary.found).length;
  const tally = { confirmed: count('confirmed'), added: count('added'), suggested: count('suggested'), rejected: count('rejected'), missing: count('missing') };
  const reviewed = (project.reperage ?? []).length > 0;

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
      families: summaries.length,
      ...tally,
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
    chapters: sequences.filter((sequence) => sequence.id !== CLAP_ID),
    histoire: histoire || `*${frenchSpaces('Votre histoire reste à raconter : c\'est la première question du Clap (storyboard resume, puis « Finir avec le Clap »).')}*`,
    hasHistoire: histoire !== '',
    groupSays,
    hasGroupSays: groupSays !== '',
    orphans,
    hasOrphans: orphans.length > 0,
    orphansText: orphans.map((orphan) => orphan.body).join('\n\n'),
    markers: {
      found,
      total: summaries.length,
      count: `${found}/${summaries.length}`,
      allFound: found === summaries.length,
      ...tally,
      reviewed,
      intro: frenchSpaces(markersIntro({ ...tally, families: summaries.length, reviewed, suggestions })),
      families: summaries.map((summary) => ({
        ...summary,
        title: escapeInline(summary.title),
        evidence: summary.evidence.map((quote) => escapeInline(truncate(stripControl(quote), 100))),
        note: summary.note === undefined ? null : escapeInline(summary.note),
        pointed: summary.pointed ?? null,
        plainTitle: stripControl(summary.title).replace(/\s+/g, ' ').trim(),
        bar: bar(summary),
        confirmed: summary.status === 'confirmed',
        added: summary.status === 'added',
        suggested: summary.status === 'suggested',
        rejected: summary.status === 'rejected',
        missing: summary.status === 'missing',
      })),
      table: familiesTable(summaries, questionLabel),
      chart: familiesChart(summaries),
      pistes: pistes(content, summaries, answered),
    },
  };
}

/**
 * The question as a short lead-in: its first sentence (« Comment participent-ils ? » rather
 * than « Comment participent-ils ? (présence...) »), or the content's own `lead` if it has one.
 */
export function shortLead(question: Question): string {
  if (question.lead) return question.lead;
  const text = question.text.replace(/\s+/g, ' ').trim();
  const first = /^.*?[?!.](?=\s|$)/u.exec(text)?.[0];
  return first && first.length >= 12 ? first : text;
}

interface IntroFacts {
  confirmed: number;
  added: number;
  suggested: number;
  rejected: number;
  missing: number;
  families: number;
  reviewed: boolean;
  suggestions: boolean;
}

function markersIntro(facts: IntroFacts): string {
  const theirs = facts.confirmed + facts.added;
  const sentences: string[] = [];
  if (facts.reviewed) {
    sentences.push(
      theirs === 0
        ? `Le groupe n'a encore reconnu aucune des ${facts.families} familles de marqueurs de l'innovation sociale dans son projet.`
        : `Le groupe reconnaît **${theirs} des ${facts.families}** familles de marqueurs de l'innovation sociale dans son projet` +
            (facts.added > 0 ? ` (dont ${facts.added} qu'il a ajoutée${facts.added > 1 ? 's' : ''} lui-même)` : '') +
            (facts.rejected > 0 ? ` ; il en a écarté ${facts.rejected}` : '') +
            '.',
    );
    if (facts.suggested > 0) {
      sentences.push(
        `storyboard en suggère ${facts.suggested} autre${facts.suggested > 1 ? 's' : ''}, que le groupe n'a pas encore revue${facts.suggested > 1 ? 's' : ''} (storyboard reperage).`,
      );
    }
  } else if (facts.suggestions && facts.suggested > 0) {
    sentences.push(
      `storyboard suggère **${facts.suggested} des ${facts.families}** familles de marqueurs de l'innovation sociale, repérées automatiquement dans les réponses. ` +
        "C'est un point de départ : le groupe les confirme, les écarte ou en ajoute avec storyboard reperage.",
    );
  } else {
    sentences.push(`Aucune des ${facts.families} familles de marqueurs de l'innovation sociale n'est encore repérée dans ce récit.`);
  }
  sentences.push(
    'Dans le récit, les mots qui les montrent sont en gras, et les familles sont nommées après chaque réponse : celles que le groupe reconnaît, puis les suggestions de storyboard.',
  );
  return sentences.join(' ');
}

interface PresentationFacts {
  structure: string | null;
  territory: string | null;
  contributors: string[];
  storyboard: string;
  dateText: string;
  answered: number;
  total: number;
  families: number;
  confirmed: number;
  added: number;
  suggested: number;
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
      ? `Elle commence par le récit du projet, puis suit les séquences du storyboard, des besoins qui l'ont fait naître jusqu'à la rupture qu'il opère ; ${familiesSentence(facts)}.`
      : `Le récit est en cours : ${facts.answered} question${facts.answered > 1 ? 's' : ''} sur ${facts.total} ${facts.answered > 1 ? 'ont' : 'a'} une réponse, les passages « à compléter » attendent la suite ; ${familiesSentence(facts)}.`;
  return [who ? `*${frenchSpaces(who)}*` : undefined, frenchSpaces(`${told} ${progress}`)].filter(Boolean).join('\n\n');
}

/** The presentation's words on the families: how many the group recognises, or storyboard suggests. */
function familiesSentence({ confirmed, added, suggested, families }: PresentationFacts): string {
  const theirs = confirmed + added;
  if (theirs > 0) {
    const also = suggested > 0 ? `, et storyboard en suggère ${suggested} autre${suggested > 1 ? 's' : ''}` : '';
    return `le groupe y reconnaît ${theirs === 1 ? 'une' : theirs} des ${families} familles de marqueurs de l'innovation sociale${also}`;
  }
  if (suggested === 0) return `aucune des ${families} familles de marqueurs de l'innovation sociale n'y est encore repérée`;
  if (suggested === 1) return `storyboard y suggère une des ${families} familles de marqueurs de l'innovation sociale`;
  return `storyboard y suggère ${suggested} des ${families} familles de marqueurs de l'innovation sociale`;
}
