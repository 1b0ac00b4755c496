export { detectMarkers, detectMarkersInAnswers, familiesFound } from './detect.js';
export { compileDetector } from './indicators.js';
export { foldAccents, normaliseWord } from './normalise.js';
export { type Pattern, parsePattern, rememberPatterns } from './pattern.js';
export { type Token, tokenise } from './tokenise.js';
export type { AnswerMarkerHit, MarkerHit } from './types.js';
