import type { CompiledMarker } from './indicators.js';
import type { RawHit } from './scan.js';

/**
 * A text is read as an ordinary business, and gets no marker, when its business signals
 * (customers, turnover, a manager, a bank loan) clearly outnumber its signs of a social or
 * collective project: the seed's markers describe projects with a social purpose, and
 * "innovant", "local" or "partenaires" in a shop's pitch are strategy, not social
 * innovation. One mention of "habitants" in a shop's article does not make it social, and
 * a few "clients" in a solidarity garage's do not make it a business.
 */
export function looksLikeOrdinaryBusiness(social: number, commercial: number, words = 0): boolean {
  // A text of some length about a social or collective project names it somewhere (an
  // association, volunteers, residents, a cooperative, solidarity…). One that never does is
  // read as a business even when its own trade's vocabulary is not in the lists: those lists
  // can never cover every trade, and a false marker on a business is the costliest error.
  if (social === 0 && words >= MIN_WORDS_FOR_ABSENCE) return true;
  return commercial >= 2 && commercial >= 2 * social + 1;
}

/** Below this, a text (one answer, a sentence to try) is too short for an absence to mean much. */
const MIN_WORDS_FOR_ABSENCE = 80;

/**
 * Keeps the markers whose evidence is enough: a marker with `kinds: N` needs indicators of
 * N different kinds (hybrid resources: sales and a subsidy), or one indicator marked
 * `alone` ("neuf partenaires"). Overlapping evidence of one marker is reported once.
 */
export function applyMarkerRules<T extends RawHit>(markers: readonly CompiledMarker[], hits: readonly T[]): T[] {
  const byMarker = new Map<number, T[]>();
  for (const hit of hits) {
    const list = byMarker.get(hit.marker);
    if (list) list.push(hit);
    else byMarker.set(hit.marker, [hit]);
  }
  const kept: T[] = [];
  for (const [index, list] of byMarker) {
    const marker = markers[index];
    if (!marker) continue;
    if (marker.kinds !== undefined && !enoughKinds(list, marker.kinds)) continue;
    // One by one: spreading the hits of a long text into push() overflows the stack.
    for (const hit of withoutOverlaps(list)) kept.push(hit);
  }
  return kept;
}

function enoughKinds(hits: readonly RawHit[], needed: number): boolean {
  if (hits.some((hit) => hit.alone)) return true;
  const kinds = new Set(hits.map((hit) => hit.kind ?? ''));
  return kinds.size >= needed;
}

/** Two indicators of one marker on the same words are one piece of evidence: keep the longer. */
function withoutOverlaps<T extends RawHit>(hits: readonly T[]): T[] {
  // Answer by answer, then by position: a hit of another answer must not sit between two
  // overlapping hits of the same one and let the second through. Sources are only grouped, so
  // plain code-unit order does: localeCompare would load the collator, ms that clap pays cold.
  const sorted = [...hits].sort((a, b) => compareIds(sourceOf(a), sourceOf(b)) || a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end && sameSource(last, hit)) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

/** Ids (question or family ids) in code-unit order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The answer a hit comes from, when several are read together ('' for a single text). */
function sourceOf(hit: RawHit): string {
  const source = (hit as { source?: unknown }).source;
  return typeof source === 'string' ? source : '';
}

/** Hits of different answers never overlap, whatever their offsets. */
function sameSource(a: RawHit, b: RawHit): boolean {
  return sourceOf(a) === sourceOf(b);
}
