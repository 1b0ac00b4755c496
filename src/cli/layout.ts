import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';

/** Text never runs wider than this, even in a very wide terminal: long lines are hard to read. */
export const READING_WIDTH = 100;

/**
 * The columns a stream's lines may take: the terminal's own width; for a pipe or a file,
 * $COLUMNS when set, else 80 (what people expect of text they will read in a file).
 */
export function columnsOf(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 80;
}

/** The width for reading text on `stream`: its columns, at most {@link READING_WIDTH}, at least 20. */
export function textWidth(stream?: { isTTY?: boolean; columns?: number }): number {
  return Math.max(20, Math.min(columnsOf(stream), READING_WIDTH));
}

/** How many columns a text takes on screen (accents, wide characters and colours counted right). */
export function widthOf(text: string): number {
  return stringWidth(text);
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
export function fitFor(stream: { isTTY?: boolean; columns?: number }, text: string, indent = ''): string {
  return stream.isTTY && stream.columns ? wrap(text, stream.columns, indent) : text;
}

/** A menu entry broken at words to fit after the select's « ❯ », continuation lines under it. */
export function menuEntry(text: string): string {
  return wrap(text, Math.max(10, columnsOf() - 3), '').replace(/\n/g, '\n  ');
}
