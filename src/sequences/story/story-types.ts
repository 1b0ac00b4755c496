/**
 * A marker found in an answer, as the markers module reports it (DESIGN.md §4). The story
 * takes hits as input, so that it can be built and tested with any detector or by hand.
 */
export interface StoryHit {
  /** The séquence id of the family, e.g. "gouvernance-partagee". */
  family: string;
  marker: string;
  label: string;
  evidence: string;
  /** UTF-16 offsets into the answer named by `question`. */
  start: number;
  end: number;
  /** The question whose answer holds the evidence; absent when not known. */
  question?: string;
}
