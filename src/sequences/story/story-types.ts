import type { MarkerHit } from '../markers/types.js';

/**
 * A marker found in an answer, as the markers module reports it (DESIGN.md §4), offsets into
 * the answer named by `question` (absent when not known). The story takes hits as input, so
 * that it can be built and tested with any detector or by hand.
 */
export type StoryHit = MarkerHit & { question?: string };
