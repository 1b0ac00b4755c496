import type { Content } from '../content-schema.js';
import type { Detector } from './indicators.js';
import type { BestClause } from './model.js';
import type { RawHit } from './scan.js';
import { tokenise } from './tokenise.js';

/** Each marker's indicator stems, per detector: what a model-found clause is compared with. */
const stemsByDetector = new WeakMap<Detector, Set<string>[]>();

function markerStems(detector: Detector): Set<string>[] {
  const known = stemsByDetector.get(detector);
  if (known) return known;
  const stems = detector.markers.map(() => new Set<string>());
  detector.index.patterns.forEach((pattern, id) => {
    for (const role of detector.roles[id] ?? []) {
      if (role.type !== 'indicator') continue;
      const set = stems[role.marker] as Set<string>;
      for (const element of pattern.elements) {
        for (const stem of element.stems) set.add(stem);
        for (const phrase of element.phrases) for (const atom of phrase) if (atom.type === 'stem') for (const key of atom.keys) set.add(key);
      }
    }
  });
  stemsByDetector.set(detector, stems);
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
  const stems = markerStems(detector);
  const words = new Set(tokenise(evidence).flatMap((token) => token.keys));
  const shared = (index: number) => {
    let count = 0;
    for (const word of words) if (stems[index]?.has(word)) count++;
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
