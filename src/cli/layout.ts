import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';

/** Text never runs wider than this, even in a very wide terminal: long lines are hard to read. */
export const READING_WIDTH = 100;

/** What the width of a stream's lines depends on: whether it is a terminal, and its width. */
export interface Screen {
  isTTY?: boolean;
  columns?: number;
}

/**
 * The columns a stream's lines may take: the terminal's own width; for a pipe or a file,
 * $COLUMNS when set, else 80 (what people expect of text they will read in a file).
 */
export function columnsOf(stream: Screen, env: NodeJS.ProcessEnv): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/** The width for reading text on `stream`: its columns, at most {@link READING_WIDTH}, at least 20. */
export function textWidth(stream: Screen, env: NodeJS.ProcessEnv): number {
  return Math.max(20, Math.min(columnsOf(stream, env), READING_WIDTH));
}

/**
 * Characters that take one column each: Latin letters with their accents, French punctuation
 * (’ « » … – —), € and ✓. Nearly every line storyboard measures holds only these, and counting
 * them spares the library's Unicode tables for emoji and CJK (compiling them costs a short
 * command about 5% of its start-up).
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\xa0-\u024f\u2010-\u2027\u2030-\u205e\u20ac\u2713]*$/;

/** How many columns a text takes on screen (accents, wide characters and colours counted right). */
export function widthOf(text: string): number {
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text);
}

/**
 * Cuts `text` into lines of at most `width` columns, at word boundaries; a word wider than
 * the line is cut. Continuation lines start with `indent` (a list item's hanging indent).
 * Colours survive. Existing line breaks are kept.
 */
export function wrap(text: string, width: number, indent?: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (widthOf(line) <= width) return line;
      // The line's own leading spaces stay (wrapping trims them); continuation lines get
      // `indent`, by default the same leading spaces.
      const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
      const hang = indent ?? lead;
      const room = Math.max(1, width - Math.max(widthOf(lead), widthOf(hang)));
      const [first = '', ...rest] = wrapAnsi(line.slice(lead.length), room, { hard: true, trim: true }).split('\n');
      return [lead + first, ...rest.map((part) => hang + part)].join('\n');
    })
    .join('\n');
}

/** `text` on one line of at most `width` columns, ended with … when it had to be cut. Plain text only. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  if (widthOf(flat) <= width) return flat;
  let out = '';
  for (const char of flat) {
    if (widthOf(out + char) > width - 1) break;
    out += char;
  }
  // At a word boundary when one is near: « Plus de café… » rather than « Plus de café a… ».
  const space = out.lastIndexOf(' ');
  if (space > out.length * 0.6) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}

/**
 * A message for a stream: wrapped at words to the terminal's width when the stream is a
 * terminal, untouched for a pipe or a file (a script reads it whole, on its one line).
 */
export function fitFor(stream: Screen, text: string, indent = ''): string {
  return stream.isTTY && stream.columns ? wrap(text, stream.columns, indent) : text;
}

/** A menu entry broken at words to fit after the select's « ❯ », continuation lines under it. */
export function menuEntry(text: string, columns: number): string {
  return wrap(text, Math.max(10, columns - 3), '').replace(/\n/g, '\n  ');
}
