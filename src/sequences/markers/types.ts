/** One piece of evidence of a marker of social innovation, as printed by `storyboard markers`. */
export interface MarkerHit {
  /** The séquence id, e.g. "gouvernance-partagee". */
  family: string;
  /** The marker id inside its séquence, e.g. "decision-collegiale". */
  marker: string;
  label: string;
  /** The words that revealed the marker: always `text.slice(start, end)`. */
  evidence: string;
  /** UTF-16 offsets into the analysed text (or answer). */
  start: number;
  end: number;
}

/** A hit found in a project's answer, with the id of the question answered. */
export interface AnswerMarkerHit extends MarkerHit {
  question: string;
}
