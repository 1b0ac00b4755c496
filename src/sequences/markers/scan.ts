import type { Detector } from './indicators.js';
import { cancels, findCues } from './negation.js';
import { forEachSentence, type Token } from './tokenise.js';

/** An indicator found in a sentence and not cancelled there; document rules come after. */
export interface RawHit {
  marker: number;
  kind: string | undefined;
  alone: boolean;
  start: number;
  end: number;
}

/** What a text yields before the rules that look at the whole text. */
export interface Scan {
  hits: RawHit[];
  /** How many signals of a social or collective project, and of an ordinary business. */
  social: number;
  commercial: number;
  /** How many words the text has: the absence of any social sign means more in a long one. */
  words: number;
}

/**
 * Finds every indicator of every marker, sentence by sentence, and drops those that a
 * negation, a wish (for markers that ignore plans), a missing `requires` or an `unless`
 * cancels in their sentence. `alsoRead` sees every sentence's tokens too (the learned model).
 */
export function scanText(text: string, detector: Detector, alsoRead?: (tokens: Token[]) => void): Scan {
  const scan: Scan = { hits: [], social: 0, commercial: 0, words: 0 };
  forEachSentence(text, (tokens) => {
    scan.words += tokens.length;
    scanSentence(tokens, detector, scan);
    // The learned model reads the same tokens, in the same pass: the text is read once.
    alsoRead?.(tokens);
  });
  return scan;
}

function scanSentence(tokens: Token[], detector: Detector, scan: Scan): void {
  const matches = detector.index.matchSentence(tokens);
  if (matches.length === 0) return;
  const cues = findCues(tokens);
  const negated = (used: number[]) => cues.some((cue) => cue.kind === 'negation' && cancels(cue, used));
  const planned = (used: number[]) => cues.some((cue) => cue.kind === 'plan' && cancels(cue, used));

  const candidates: RawHit[] = [];
  // One sentence is one sign of a social project however many of its words are social: a
  // business's single sentence about the association it sponsors ("nous soutenons une
  // association solidaire du quartier") must not outweigh a whole page of offers and prices.
  let social = 0;
  const required = new Set<number>();
  const excluded = new Set<number>();
  for (const match of matches) {
    for (const role of detector.roles[match.pattern] ?? []) {
      if (role.type === 'indicator') {
        const marker = detector.markers[role.marker];
        if (!marker) continue;
        if (marker.negation === 'cancels' && negated(match.tokens)) continue;
        if (marker.plans === 'ignore' && planned(match.tokens)) continue;
        candidates.push({
          marker: role.marker,
          kind: role.kind,
          alone: role.alone,
          start: (tokens[match.tokens[0] as number] as Token).start,
          end: (tokens[match.tokens[match.tokens.length - 1] as number] as Token).end,
        });
      } else if (negated(match.tokens)) {
        // "nous ne sommes pas une entreprise" is no sign of a business, nor of its absence.
      } else if (role.type === 'requires') required.add(role.marker);
      else if (role.type === 'unless') excluded.add(role.marker);
      else if (role.type === 'social') social = 1;
      else scan.commercial++;
    }
  }
  scan.social += social;
  for (const hit of candidates) {
    const marker = detector.markers[hit.marker];
    if (excluded.has(hit.marker)) continue;
    if (marker?.hasRequires && !required.has(hit.marker)) continue;
    scan.hits.push(hit);
  }
}
