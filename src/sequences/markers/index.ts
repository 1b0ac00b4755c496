export { detectMarkers, detectMarkersInAnswers, familiesFound } from './detect.js';
export { compileDetector, rememberPatterns } from './indicators.js';
export { foldAccents, normaliseWord } from './normalise.js';
export { type Element, type Pattern, parsePattern } from './pattern.js';
export { type Token, tokenise } from './tokenise.js';
export type { AnswerMarkerHit, MarkerHit } from './types.js';
