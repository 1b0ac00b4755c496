import type { Content } from '../content-schema.js';
import type { Detector } from './indicators.js';
import type { BestClause } from './model.js';
import type { Pattern } from './pattern.js';
import type { RawHit } from './scan.js';
import { tokenise } from './tokenise.js';

/** What chooseMarker learns of a detector: each marker's patterns, and the stems of some. */
interface MarkerIndicators {
  patterns: number[][];
  stems: (Set<string> | undefined)[];
}
const byDetector = new WeakMap<Detector, MarkerIndicators>();

/**
 * A marker's indicator stems, gathered the first time the marker is a candidate: a family has a
 * few markers among forty, and gathering every marker's at once cost `clap` 4% of its
 * instructions, for the one or two families the model finds alone.
 */
function markerStems(detector: Detector, marker: number): Set<string> {
  let known = byDetector.get(detector);
  if (!known) {
    known = { patterns: detector.markers.map(() => []), stems: [] };
    for (let id = 0; id < detector.roles.length; id++) {
      for (const role of detector.roles[id] ?? []) if (role.type === 'indicator') known.patterns[role.marker]?.push(id);
    }
    byDetector.set(detector, known);
  }
  const cached = known.stems[marker];
  if (cached) return cached;
  const stems = new Set<string>();
  for (const id of known.patterns[marker] ?? []) {
    for (const element of (detector.index.patterns[id] as Pattern).elements) {
      for (const stem of element.stems) stems.add(stem);
      for (const phrase of element.phrases) for (const atom of phrase) if (atom.type === 'stem') for (const key of atom.keys) stems.add(key);
    }
  }
  known.stems[marker] = stems;
  return stems;
}

/**
 * The marker a family found by the model is shown under: the family's marker whose indicators
 * met the evidence clause most (an indicator may match there without its family being found,
 * when a rule wanted more), else the one whose indicators share most stems with the clause,
 * else the family's first marker. Returns the marker's index in the detector, or undefined
 * when the content gives the family no marker.
 */
export function chooseMarker(
  detector: Detector,
  _content: Content,
  family: string,
  rawHits: readonly RawHit[],
  clause: BestClause,
  evidence: string,
): number | undefined {
  const candidates: number[] = [];
  detector.markers.forEach((marker, index) => {
    if (marker.family === family) candidates.push(index);
  });
  if (candidates.length === 0) return undefined;
  const byHits = new Map<number, number>();
  for (const hit of rawHits) {
    if (!candidates.includes(hit.marker) || hit.end <= clause.start || hit.start >= clause.end) continue;
    byHits.set(hit.marker, (byHits.get(hit.marker) ?? 0) + 1);
  }
  const best = bestOf(candidates, (index) => byHits.get(index) ?? 0);
  if (best !== undefined) return best;
  const words = new Set(tokenise(evidence).flatMap((token) => token.keys));
  const shared = (index: number) => {
    const stems = markerStems(detector, index);
    let count = 0;
    for (const word of words) if (stems.has(word)) count++;
    return count;
  };
  return bestOf(candidates, shared) ?? candidates[0];
}

/** The candidate with the highest positive score, the first one on ties; undefined if none scores. */
function bestOf(candidates: readonly number[], score: (index: number) => number): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  for (const index of candidates) {
    const value = score(index);
    if (value > bestScore) {
      best = index;
      bestScore = value;
    }
  }
  return best;
}
