import type { Content } from '../content-schema.js';
import { compileDetector, type Detector } from './indicators.js';
import { applyMarkerRules, compareIds, looksLikeOrdinaryBusiness } from './rules.js';
import { type RawHit, scanText } from './scan.js';
import type { AnswerMarkerHit, MarkerHit } from './types.js';

/**
 * Finds the markers of social innovation in a French text. Every hit names its family,
 * marker and label and points at its evidence: `text.slice(hit.start, hit.end)`.
 * The content's indicators are compiled once and remembered for later calls.
 * @param text the text to analyse, as typed (accents or not, any apostrophes)
 * @param content the storyboard whose markers and indicators are looked for
 */
export function detectMarkers(text: string, content: Content): MarkerHit[] {
  const detector = compileDetector(content);
  const scan = scanText(text, detector);
  if (looksLikeOrdinaryBusiness(scan.social, scan.commercial, scan.words)) return [];
  return applyMarkerRules(detector.markers, scan.hits)
    .map((hit) => toMarkerHit(detector, hit, text))
    .sort(byPosition);
}

/**
 * Finds the markers in a project's answers, read together as one story: a project whose
 * resources answer names a subsidy and whose story names sales has hybrid resources.
 * Offsets are into each answer's text, named by `question`.
 * @param answers the answers' texts keyed by question id
 */
export function detectMarkersInAnswers(answers: Readonly<Record<string, string>>, content: Content): AnswerMarkerHit[] {
  const detector = compileDetector(content);
  const hits: (RawHit & { source: string })[] = [];
  let social = 0;
  let commercial = 0;
  let words = 0;
  for (const [question, text] of Object.entries(answers)) {
    const scan = scanText(text, detector);
    social += scan.social;
    commercial += scan.commercial;
    words += scan.words;
    for (const hit of scan.hits) hits.push({ ...hit, source: question });
  }
  if (looksLikeOrdinaryBusiness(social, commercial, words)) return [];
  const order = Object.keys(answers);
  return applyMarkerRules(detector.markers, hits)
    .map((hit) => ({ ...toMarkerHit(detector, hit, answers[hit.source] ?? ''), question: hit.source }))
    .sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question) || byPosition(a, b));
}

/** The families found, in the content's order (a family is present when one of its markers is). */
export function familiesFound(hits: readonly MarkerHit[], content: Content): string[] {
  const present = new Set(hits.map((hit) => hit.family));
  return content.sequences.map((sequence) => sequence.id).filter((id) => present.has(id));
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
