import type { Content } from '../content-schema.js';
import { compileDetector, type Detector } from './indicators.js';
import { chooseMarker } from './marker-choice.js';
import { compileModel, type MarkerModel, ModelReader } from './model.js';
import { applyMarkerRules, compareIds, looksLikeOrdinaryBusiness } from './rules.js';
import { type RawHit, type Scan, scanText } from './scan.js';
import type { Token } from './tokenise.js';
import type { AnswerMarkerHit, MarkerHit } from './types.js';

/** How detection runs: with the learned model (shipped as data) or with the indicators alone. */
export interface DetectOptions {
  /** The learned scorer; without it, the indicators alone decide. */
  model?: MarkerModel;
  /** For evaluation only: one of the two detectors alone (the model alone at probability 0.5). */
  only?: 'indicators' | 'model';
  /**
   * In a project, whether a family that needs two kinds of evidence may take them from two
   * answers (sales in one, a subsidy in another): each answer then shows its own piece.
   * True unless false.
   */
  combineAnswers?: boolean;
  /** The content's indicators already compiled (compileDetector): a command compiles them once. */
  detector?: Detector;
}

/**
 * Finds the markers of social innovation in a French text. Every hit names its family,
 * marker and label and points at its evidence: `text.slice(hit.start, hit.end)`.
 * The content's indicators are compiled once and remembered for later calls, unless
 * `options.detector` brings them compiled.
 * @param text the text to analyse, as typed (accents or not, any apostrophes)
 * @param content the storyboard whose markers and indicators are looked for
 */
export function detectMarkers(text: string, content: Content, options: DetectOptions = {}): MarkerHit[] {
  const detector = options.detector ?? compileDetector(content);
  const unit = readUnit(text, detector, options.model);
  if (looksLikeOrdinaryBusiness(unit.scan.social, unit.scan.commercial, unit.scan.words) && !unit.reader?.liftsBusinessFilter()) return [];
  const found = indicatorHits(detector, unit.scan.hits);
  const hits = options.only === 'model' ? [] : found;
  // A text where no indicator shows anything social is left alone by the model too: the
  // costliest error is a marker on an ordinary business, and the model alone is bolder.
  if (unit.reader && (found.length > 0 || options.only === 'model')) hits.push(...modelHits(detector, unit, found, undefined, 'text', content, options, text));
  return hits.map((hit) => toMarkerHit(detector, hit, text)).sort(byPosition);
}

/**
 * Finds the markers in a project's answers. Each answer is read alone, knowing its question,
 * and shows only what it says itself; the business filter reads the project as a whole, and a
 * family that needs two kinds of evidence may take them from two answers (see `combineAnswers`).
 * Offsets are into each answer's text, named by `question`.
 * @param answers the answers' texts keyed by question id
 */
export function detectMarkersInAnswers(
  answers: Readonly<Record<string, string>>,
  content: Content,
  options: DetectOptions = {},
): AnswerMarkerHit[] {
  const detector = options.detector ?? compileDetector(content);
  const sequences = sequenceOfQuestion(content);
  let social = 0;
  let commercial = 0;
  let words = 0;
  const units: { question: string; unit: Unit }[] = [];
  // The sentences, kept in case the business filter needs the whole project read as one text.
  const sentences: Token[][] | undefined = options.model ? [] : undefined;
  for (const [question, text] of Object.entries(answers)) {
    const unit = readUnit(text, detector, options.model, sentences);
    social += unit.scan.social;
    commercial += unit.scan.commercial;
    words += unit.scan.words;
    units.push({ question, unit });
  }
  if (looksLikeOrdinaryBusiness(social, commercial, words) && !(options.model && wholeLiftsFilter(options.model, sentences ?? []))) return [];

  const hits: AnswerMarkerHit[] = [];
  const perAnswer: RawHit[][] = units.map(({ unit }) => indicatorHits(detector, unit.scan.hits));
  const anyIndicator = perAnswer.some((list) => list.length > 0);
  units.forEach(({ question, unit }, i) => {
    const found = perAnswer[i] as RawHit[];
    const text = answers[question] ?? '';
    const own: RawHit[] = options.only === 'model' ? [] : [...found];
    if (unit.reader && (anyIndicator || options.only === 'model')) {
      own.push(...modelHits(detector, unit, found, sequences.get(question) ?? question.split('.')[0], 'answer', content, options, text));
    }
    for (const hit of own) hits.push({ ...toMarkerHit(detector, hit, text), question });
  });
  if (options.combineAnswers !== false && options.only !== 'model') hits.push(...combinedHits(detector, units, answers, hits));
  const order = Object.keys(answers);
  return hits.sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question) || byPosition(a, b));
}

/** The families found, in the content's order (a family is present when one of its markers is). */
export function familiesFound(hits: readonly MarkerHit[], content: Content): string[] {
  const present = new Set(hits.map((hit) => hit.family));
  return content.sequences.map((sequence) => sequence.id).filter((id) => present.has(id));
}

interface Unit {
  scan: Scan;
  reader: ModelReader | undefined;
}

/** One pass over a text: the indicators' scan and, with a model, the sums of its features. */
function readUnit(text: string, detector: Detector, model: MarkerModel | undefined, sentences?: Token[][]): Unit {
  const reader = model ? new ModelReader(compileModel(model)) : undefined;
  const scan = scanText(
    text,
    detector,
    reader
      ? (tokens) => {
          reader.readSentence(tokens);
          sentences?.push(tokens);
        }
      : undefined,
  );
  return { scan, reader };
}

/** Whether the model reads a whole project (its answers as one text) as a social project, firmly. */
function wholeLiftsFilter(model: MarkerModel, sentences: readonly Token[][]): boolean {
  const whole = new ModelReader(compileModel(model));
  for (const tokens of sentences) whole.readSentence(tokens);
  return whole.liftsBusinessFilter();
}

function indicatorHits(detector: Detector, raw: readonly RawHit[]): RawHit[] {
  return applyMarkerRules(detector.markers, raw);
}

/**
 * The families the model finds beyond the indicators' (or all of them, when evaluated alone):
 * its probability reaches the family's threshold, the text's own words push towards it, and
 * the evidence is the clause that weighs most for it.
 */
function modelHits(
  detector: Detector,
  unit: Unit,
  found: readonly RawHit[],
  sequence: string | undefined,
  scope: 'text' | 'answer',
  content: Content,
  options: DetectOptions,
  text: string,
): RawHit[] {
  const reader = unit.reader as ModelReader;
  const model = reader.model;
  const byIndicators = new Set(found.map((hit) => (detector.markers[hit.marker] as { family: string }).family));
  const { probability, words } = reader.probabilities(byIndicators, sequence);
  const thresholds = options.only === 'model' ? ALONE_THRESHOLDS : scope === 'text' ? model.thresholds.text : model.thresholds.answer;
  const hits: RawHit[] = [];
  for (let f = 0; f < model.families.length; f++) {
    const family = model.families[f] as string;
    if (options.only !== 'model' && byIndicators.has(family)) continue;
    const best = reader.best[f];
    if (!best || best.score <= 0 || (words[f] as number) <= 0) continue;
    if ((probability[f] as number) < (thresholds[f] as number)) continue;
    const marker = chooseMarker(detector, content, family, unit.scan.hits, best, text.slice(best.start, best.end));
    if (marker === undefined) continue;
    hits.push({ marker, kind: undefined, alone: true, start: best.start, end: best.end });
  }
  return hits;
}

/** The model evaluated alone decides at even odds: its thresholds are set for the combination. */
const ALONE_THRESHOLDS = new Float64Array(64).fill(0.5);

/**
 * Families that need two kinds of evidence and have them only across answers: each answer
 * that holds one kind shows its piece, once the project as a whole has enough kinds.
 */
function combinedHits(
  detector: Detector,
  units: readonly { question: string; unit: Unit }[],
  answers: Readonly<Record<string, string>>,
  already: readonly AnswerMarkerHit[],
): AnswerMarkerHit[] {
  const present = new Set(already.map((hit) => hit.family));
  const pooled: (RawHit & { source: string })[] = [];
  for (const { question, unit } of units) {
    for (const hit of unit.scan.hits) {
      const marker = detector.markers[hit.marker];
      if (marker?.kinds !== undefined && !present.has(marker.family)) pooled.push({ ...hit, source: question });
    }
  }
  return applyMarkerRules(detector.markers, pooled).map((hit) => ({
    ...toMarkerHit(detector, hit, answers[hit.source] ?? ''),
    question: hit.source,
  }));
}

/** Each question's séquence, by question id. */
function sequenceOfQuestion(content: Content): Map<string, string> {
  const map = new Map<string, string>();
  for (const sequence of content.sequences) for (const question of sequence.questions) map.set(question.id, sequence.id);
  return map;
}

function toMarkerHit(detector: Detector, hit: RawHit, text: string): MarkerHit {
  const marker = detector.markers[hit.marker];
  return {
    family: marker?.family ?? '',
    marker: marker?.marker ?? '',
    label: marker?.label ?? '',
    evidence: text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
  };
}

function byPosition(a: MarkerHit, b: MarkerHit): number {
  return a.start - b.start || a.end - b.end || compareIds(a.family, b.family);
}
