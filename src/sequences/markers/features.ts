import type { Content } from '../content-schema.js';
import { compileDetector } from './indicators.js';
import { namedFeatures } from './model.js';
import { applyMarkerRules, looksLikeOrdinaryBusiness } from './rules.js';
import { scanText } from './scan.js';
import { forEachSentence, type Token } from './tokenise.js';

/** What the training needs of one labelled text or answer, read exactly as detection reads it. */
export interface TrainingUnit {
  /** The model's features by name, with their values (see namedFeatures). */
  features: Map<string, number>;
  /** The families the indicators find in this text alone, after their rules. */
  indicatorFamilies: string[];
  /** The business filter's counts: signs of a social project, of a business, words. */
  social: number;
  commercial: number;
  words: number;
  /** Whether the business filter alone would silence this text. */
  business: boolean;
}

/**
 * Reads one text (or one answer, with its question's séquence) for the training script: the
 * same tokens, the same indicators and the same feature names as detection.
 */
export function readTrainingUnit(text: string, content: Content, sequence?: string): TrainingUnit {
  const detector = compileDetector(content);
  const sentences: Token[][] = [];
  const scan = scanText(text, detector, (tokens) => sentences.push(tokens));
  const found = applyMarkerRules(detector.markers, scan.hits);
  const families = [...new Set(found.map((hit) => detector.markers[hit.marker]?.family ?? ''))].filter(Boolean).sort();
  return {
    features: namedFeatures(sentences, families, sequence),
    indicatorFamilies: families,
    social: scan.social,
    commercial: scan.commercial,
    words: scan.words,
    business: looksLikeOrdinaryBusiness(scan.social, scan.commercial, scan.words),
  };
}

/** The word features of a whole project (all its answers read as one text), for the project reading. */
export function projectWordFeatures(texts: readonly string[]): Map<string, number> {
  const sentences: Token[][] = [];
  for (const text of texts) forEachSentence(text, (tokens) => sentences.push(tokens));
  return namedFeatures(sentences, [], undefined);
}
