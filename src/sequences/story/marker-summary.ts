import type { Content, Sequence } from '../content-schema.js';
import type { Project } from '../project-schema.js';
import { type FamilyStatus, familyStatus, reperageOf } from '../reperage.js';
import { frenchSpaces, guillemets } from './french-typography.js';
import { codeFence, escapeInline, escapeTableCell, stripControl, truncate } from './markdown-escape.js';
import type { StoryHit } from './story-types.js';

const QUOTES_PER_FAMILY = 2;

/** What the story says about one family of markers. */
export interface FamilySummary {
  id: string;
  title: string;
  /**
   * Where the family stands: decided by the group, suggested by storyboard, or not yet. With
   * suggestions left out of the story, a family only storyboard saw is « missing ».
   */
  status: FamilyStatus;
  /** « confirmée par le groupe », « suggérée par storyboard »… */
  statusText: string;
  /** Shown in the story as the project's (confirmed, added) or as a suggestion. */
  found: boolean;
  /** How many pieces of evidence storyboard found for the family. */
  hitCount: number;
  /** The family's markers seen at least once, and how many it has. */
  markersFound: number;
  markersTotal: number;
  /** The distinct words that show it, in the order of the story (the group's kept words when none is found now). */
  evidence: string[];
  /** The questions whose answers hold the evidence, or the answer the group pointed to. */
  questions: string[];
  /** The group's sentence, for a family it added. */
  note?: string;
  /** The answer the group pointed to, for a family it added. */
  pointed?: string;
}

/** The families are the séquences that declare markers (all but the Clap in the seed). */
export function markerFamilies(content: Content): Sequence[] {
  return content.sequences.filter((sequence) => sequence.markers.length > 0);
}

export const STATUS_TEXT: Record<FamilyStatus, string> = {
  confirmed: 'confirmée par le groupe',
  added: 'ajoutée par le groupe',
  suggested: 'suggérée par storyboard',
  rejected: 'écartée par le groupe',
  missing: 'pas encore',
};

/**
 * Sums up each family, in the content's order: the group's choice, what storyboard found.
 * @param questionOrder every question id in story order, to list evidence as it is read
 * @param suggestions false to leave out what only storyboard saw
 */
export function summariseFamilies(
  content: Content,
  hits: readonly StoryHit[],
  questionOrder: readonly string[],
  project?: Project,
  suggestions = true,
): FamilySummary[] {
  const rank = (hit: StoryHit) => {
    const index = hit.question === undefined ? -1 : questionOrder.indexOf(hit.question);
    return (index === -1 ? questionOrder.length : index) * 1e9 + hit.start;
  };
  const sorted = [...hits].sort((a, b) => rank(a) - rank(b));
  return markerFamilies(content).map((family) => {
    const own = sorted.filter((hit) => hit.family === family.id);
    const markerIds = new Set(family.markers.map((marker) => marker.id));
    const entry = project ? reperageOf(project, family.id) : undefined;
    let status = familyStatus(entry, own.length > 0);
    if (status === 'suggested' && !suggestions) status = 'missing';
    const evidence = [...new Set(own.map((hit) => stripControl(hit.evidence).replace(/\s+/g, ' ').trim()).filter(Boolean))];
    const questions = [...new Set(own.flatMap((hit) => (hit.question === undefined ? [] : [hit.question])))];
    if (status === 'added' && entry?.question && !questions.includes(entry.question)) questions.unshift(entry.question);
    return {
      id: family.id,
      title: family.title,
      status,
      statusText: STATUS_TEXT[status],
      found: status === 'confirmed' || status === 'added' || status === 'suggested',
      hitCount: own.length,
      markersFound: new Set(own.map((hit) => hit.marker).filter((id) => markerIds.has(id))).size,
      markersTotal: family.markers.length,
      evidence: evidence.length > 0 || status !== 'confirmed' ? evidence : [...(entry?.evidence ?? [])],
      questions,
      ...(entry?.note ? { note: entry.note } : {}),
      ...(status === 'added' && entry?.question ? { pointed: entry.question } : {}),
    };
  });
}

const SYMBOL: Record<FamilyStatus, string> = { confirmed: '●', added: '◆', suggested: '◐', rejected: '×', missing: '○' };

/**
 * One symbol for a family's status, the same as the chart's: ● confirmée, ◆ ajoutée,
 * ◐ suggérée, × écartée, ○ pas encore. (Called `bar` for the templates written before the
 * repérage; it no longer fills with the share of markers, which said more than it knew.)
 */
export function bar(summary: FamilySummary): string {
  return SYMBOL[summary.status];
}

/**
 * The table of the families: where each stands and what shows it, in a few words. The words
 * storyboard found for a family the group rejected are not repeated.
 */
export function familiesTable(summaries: readonly FamilySummary[], questionLabel: (id: string) => string): string {
  const rows = summaries.map((summary) => {
    let shows = '—';
    if (summary.status === 'added') {
      const where = summary.pointed ? `dans la réponse à ${guillemets(frenchSpaces(escapeTableCell(questionLabel(summary.pointed), 80)))}` : '';
      shows = [summary.note ? guillemets(escapeTableCell(summary.note, 140)) : '', where].filter(Boolean).join(', ');
    } else if (summary.status === 'confirmed' || summary.status === 'suggested') {
      const quotes = summary.evidence.slice(0, QUOTES_PER_FAMILY).map((quote) => guillemets(escapeTableCell(quote, 80)));
      const more = summary.evidence.length - QUOTES_PER_FAMILY;
      if (more > 0) quotes.push(`et ${more} autre${more > 1 ? 's' : ''}`);
      shows = quotes.join(', ') || '—';
    }
    return [`${bar(summary)} ${escapeTableCell(summary.title)}`, summary.statusText, shows];
  });
  const header = ['Famille de marqueurs', 'Repérage', 'Ce qui la montre'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const CHART_ROWS: { status: FamilyStatus; label: string }[] = [
  { status: 'confirmed', label: 'Confirmées par le groupe' },
  { status: 'added', label: 'Ajoutées par le groupe' },
  { status: 'suggested', label: 'Suggérées par storyboard' },
  { status: 'rejected', label: 'Écartées par le groupe' },
  { status: 'missing', label: 'Pas encore' },
];

/**
 * The families at a glance, in a code block that reads the same as plain text: one symbol
 * per family, counted by status. Nothing fills from a single marker; the table above is the
 * same in words.
 */
export function familiesChart(summaries: readonly FamilySummary[]): string {
  const width = Math.max(...CHART_ROWS.map((row) => row.label.length));
  const lines = CHART_ROWS.map(({ status, label }) => {
    const count = summaries.filter((summary) => summary.status === status).length;
    const symbols = Array.from({ length: count }, () => SYMBOL[status]).join(' ');
    return `${label.padEnd(width)}  ${String(count).padStart(2)}  ${symbols}`.trimEnd();
  });
  const body = lines.join('\n');
  const fence = codeFence(body);
  return `${fence}text\n${body}\n${fence}`;
}

/**
 * For each family the story does not show as the group's (not yet there, rejected, or only
 * suggested and left out), its séquence's guiding questions, the unanswered ones marked
 * « à compléter ».
 */
export function pistes(content: Content, summaries: readonly FamilySummary[], answered: ReadonlySet<string>): string {
  const open = summaries.filter((summary) => summary.status === 'missing' || summary.status === 'rejected');
  if (open.length === 0) {
    return frenchSpaces(
      `Les ${summaries.length} familles de marqueurs apparaissent dans votre récit. Pour aller plus loin, illustrez chacune d'un exemple concret : un chiffre, un témoignage, une date.`,
    );
  }
  const rejected = open.some((summary) => summary.status === 'rejected');
  const parts = [
    frenchSpaces(
      `Ces familles n'apparaissent pas encore dans votre récit${rejected ? ', ou le groupe les a écartées' : ''}. Les questions du storyboard peuvent vous aider à les développer :`,
    ),
  ];
  for (const summary of open) {
    const sequence = content.sequences.find((item) => item.id === summary.id);
    if (!sequence) continue;
    const questions = sequence.questions.map(
      (question) => `- ${frenchSpaces(escapeInline(question.text))}${answered.has(question.id) ? '' : ' *(à compléter)*'}`,
    );
    parts.push(`#### ${escapeInline(sequence.title)}`, questions.join('\n'));
  }
  return parts.join('\n\n');
}

/** A family's title for a sentence, cut and inert. */
export function familyName(title: string): string {
  return escapeInline(truncate(stripControl(title).replace(/\s+/g, ' ').trim(), 60));
}
