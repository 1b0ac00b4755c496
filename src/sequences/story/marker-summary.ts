import type { Content, Sequence } from '../content-schema.js';
import { codeFence, escapeInline, escapeTableCell, stripControl, truncate } from './markdown-escape.js';
import type { StoryHit } from './story-types.js';

const BAR_WIDTH = 10;
const QUOTES_PER_FAMILY = 3;
const ANSWERS_PER_FAMILY = 3;

/** What the story says about one family of markers. */
export interface FamilySummary {
  id: string;
  title: string;
  found: boolean;
  /** How many pieces of evidence point at the family. */
  hitCount: number;
  /** The family's markers seen at least once, and how many it has. */
  markersFound: number;
  markersTotal: number;
  /** The distinct words that revealed it, in the order of the story. */
  evidence: string[];
  /** The questions whose answers hold the evidence. */
  questions: string[];
}

/** The families are the séquences that declare markers (all but the Clap in the seed). */
export function markerFamilies(content: Content): Sequence[] {
  return content.sequences.filter((sequence) => sequence.markers.length > 0);
}

/**
 * Sums up the hits per family, in the content's order.
 * @param questionOrder every question id in story order, to list evidence as it is read
 */
export function summariseFamilies(content: Content, hits: readonly StoryHit[], questionOrder: readonly string[]): FamilySummary[] {
  const rank = (hit: StoryHit) => {
    const index = hit.question === undefined ? -1 : questionOrder.indexOf(hit.question);
    return (index === -1 ? questionOrder.length : index) * 1e9 + hit.start;
  };
  const sorted = [...hits].sort((a, b) => rank(a) - rank(b));
  return markerFamilies(content).map((family) => {
    const own = sorted.filter((hit) => hit.family === family.id);
    const markerIds = new Set(family.markers.map((marker) => marker.id));
    return {
      id: family.id,
      title: family.title,
      found: own.length > 0,
      hitCount: own.length,
      markersFound: new Set(own.map((hit) => hit.marker).filter((id) => markerIds.has(id))).size,
      markersTotal: family.markers.length,
      evidence: [...new Set(own.map((hit) => stripControl(hit.evidence).replace(/\s+/g, ' ').trim()).filter(Boolean))],
      questions: [...new Set(own.flatMap((hit) => (hit.question === undefined ? [] : [hit.question])))],
    };
  });
}

/** `███░░░░░░░`: how much of the family's markers the story shows (at least a notch if found). */
export function bar(summary: FamilySummary): string {
  const ratio = summary.markersTotal === 0 ? (summary.found ? 1 : 0) : summary.markersFound / summary.markersTotal;
  const filled = summary.found ? Math.max(1, Math.round(ratio * BAR_WIDTH)) : 0;
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

/** The table of the families: found or not, the words quoted, the answers they come from. */
export function familiesTable(summaries: readonly FamilySummary[], questionLabel: (id: string, family: string) => string): string {
  const rows = summaries.map((summary) => {
    const quotes = summary.evidence.slice(0, QUOTES_PER_FAMILY).map((quote) => `« ${escapeTableCell(quote, 100)} »`);
    const more = summary.evidence.length - QUOTES_PER_FAMILY;
    if (more > 0) quotes.push(`et ${more} autre${more > 1 ? 's' : ''}`);
    const where = summary.questions.slice(0, ANSWERS_PER_FAMILY).map((id) => escapeTableCell(questionLabel(id, summary.id), 120));
    const elsewhere = summary.questions.length - ANSWERS_PER_FAMILY;
    if (elsewhere > 0) where.push(`et ${elsewhere} autre${elsewhere > 1 ? 's' : ''}`);
    return [
      escapeTableCell(summary.title),
      summary.found ? `oui (${summary.markersFound}/${summary.markersTotal})` : 'pas encore',
      quotes.join(' ; ') || '—',
      where.join(' ; ') || '—',
    ];
  });
  const header = ['Famille de marqueurs', 'Repérée', 'Ce qui la révèle', 'Dans la réponse à'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** One bar per family in a code block: a picture that reads the same as plain text. */
export function familiesChart(summaries: readonly FamilySummary[]): string {
  const names = summaries.map((summary) => truncate(stripControl(summary.title).replace(/\s+/g, ' '), 40));
  const width = Math.max(0, ...names.map((name) => Array.from(name).length));
  const lines = summaries.map((summary, index) => {
    const name = names[index] ?? '';
    const pad = ' '.repeat(width - Array.from(name).length);
    const detail = summary.found
      ? `${summary.markersFound}/${summary.markersTotal} marqueur${summary.markersTotal > 1 ? 's' : ''}`
      : 'pas encore';
    return `${name}${pad}  ${bar(summary)}  ${detail}`;
  });
  const body = lines.join('\n');
  const fence = codeFence(body);
  return `${fence}text\n${body}\n${fence}`;
}

/**
 * For each family the story does not show yet, its séquence's guiding questions, the
 * unanswered ones marked « à compléter ».
 */
export function pistes(content: Content, summaries: readonly FamilySummary[], answered: ReadonlySet<string>): string {
  const missing = summaries.filter((summary) => !summary.found);
  if (missing.length === 0) {
    return `Les ${summaries.length} familles de marqueurs apparaissent dans votre récit. Pour aller plus loin, illustrez chacune d'un exemple concret : un chiffre, un témoignage, une date.`;
  }
  const parts = [
    "Ces familles n'apparaissent pas encore dans votre récit. Les questions du storyboard peuvent vous aider à les développer :",
  ];
  for (const summary of missing) {
    const sequence = content.sequences.find((item) => item.id === summary.id);
    if (!sequence) continue;
    const questions = sequence.questions.map(
      (question) => `- ${escapeInline(question.text)}${answered.has(question.id) ? '' : ' *(à compléter)*'}`,
    );
    parts.push(`#### ${escapeInline(sequence.title)}`, questions.join('\n'));
  }
  return parts.join('\n\n');
}
