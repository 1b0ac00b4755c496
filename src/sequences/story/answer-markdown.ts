import { escapeInline, escapeLineStart, LINE_BREAK } from './markdown-escape.js';

/** A span of an answer to show in bold, followed by its tags (UTF-16 offsets into the answer). */
export interface Highlight {
  start: number;
  end: number;
  /** What the span reveals, e.g. « Gouvernance partagée ». */
  tags: readonly string[];
}

interface Line {
  start: number;
  end: number;
  /** Where the words start, after indentation and a list bullet. */
  textStart: number;
  bullet: boolean;
  blank: boolean;
}

// What people type as a bullet: -, *, + and the typographic ones. An em dash opens dialogue.
const BULLET = /^[-*+•–▪◦‣][ \t\u00A0]+(?=\S)/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters count as blank
const BLANK = /[\s\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * Renders an answer as inert Markdown that keeps its shape: its paragraphs (blank lines), its
 * line breaks (as hard breaks) and its simple bullet lists, with the highlighted spans in
 * bold and their tags after them, e.g. `**on vend des crêpes** [Ressources hybrides]`.
 */
export function answerMarkdown(text: string, highlights: readonly Highlight[] = []): string {
  const lines = splitLines(text);
  const marks = mergeHighlights(highlights, text.length);
  const lastLine = marks.map((mark) => lines.findLastIndex((line) => pieceOf(text, line, mark) !== undefined));
  const blocks: { list: boolean; lines: string[] }[] = [];
  let current: { list: boolean; lines: string[] } | undefined;

  lines.forEach((line, index) => {
    if (line.blank) {
      current = undefined;
      return;
    }
    if (!current || current.list !== line.bullet) {
      current = { list: line.bullet, lines: [] };
      blocks.push(current);
    }
    const tagged = marks.filter((_, markIndex) => lastLine[markIndex] === index);
    const words = lineMarkdown(text, line, marks, new Set(tagged));
    current.lines.push(line.bullet ? `- ${words}` : words);
  });

  // Inside a paragraph, each line of the answer ends with a hard break (a final backslash).
  return blocks.map((block) => block.lines.join(block.list ? '\n' : '\\\n')).join('\n\n');
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number) => {
    let textStart = start;
    while (textStart < end && BLANK.test(text.charAt(textStart))) textStart++;
    let lineEnd = end;
    while (lineEnd > textStart && BLANK.test(text.charAt(lineEnd - 1))) lineEnd--;
    const bullet = BULLET.exec(text.slice(textStart, lineEnd));
    lines.push({
      start,
      end: lineEnd,
      textStart: textStart + (bullet ? bullet[0].length : 0),
      bullet: bullet !== null,
      blank: textStart >= lineEnd,
    });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}

/** Overlapping highlights become one, with all their tags; out-of-range ones are dropped. */
function mergeHighlights(highlights: readonly Highlight[], length: number): Highlight[] {
  const valid = highlights
    .filter((mark) => Number.isInteger(mark.start) && Number.isInteger(mark.end) && mark.start >= 0 && mark.end <= length && mark.start < mark.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; tags: string[] }[] = [];
  for (const mark of valid) {
    const last = merged.at(-1);
    if (last && mark.start < last.end) {
      last.end = Math.max(last.end, mark.end);
      for (const tag of mark.tags) if (!last.tags.includes(tag)) last.tags.push(tag);
    } else {
      merged.push({ start: mark.start, end: mark.end, tags: [...new Set(mark.tags)] });
    }
  }
  return merged;
}

/** The part of a highlight on a line, without surrounding blanks: `** words**` is not bold. */
function pieceOf(text: string, line: Line, mark: Highlight): { from: number; to: number } | undefined {
  if (line.blank || mark.end <= line.textStart || mark.start >= line.end) return undefined;
  let from = Math.max(mark.start, line.textStart);
  let to = Math.min(mark.end, line.end);
  while (from < to && BLANK.test(text.charAt(from))) from++;
  while (to > from && BLANK.test(text.charAt(to - 1))) to--;
  return from < to ? { from, to } : undefined;
}

/**
 * One line's words, escaped, with the parts of highlights that fall on it; `tagHere` are the
 * highlights that end on this line, so a span over two lines is tagged once, at its end.
 */
function lineMarkdown(text: string, line: Line, marks: readonly Highlight[], tagHere: ReadonlySet<Highlight>): string {
  let out = '';
  let at = line.textStart;
  for (const mark of marks) {
    const piece = pieceOf(text, line, mark);
    if (!piece) continue;
    out += escapeInline(text.slice(at, piece.from));
    out += `**${escapeInline(text.slice(piece.from, piece.to))}**`;
    if (tagHere.has(mark) && mark.tags.length > 0) out += ` [${mark.tags.map(escapeInline).join(' · ')}]`;
    at = piece.to;
  }
  out += escapeInline(text.slice(at, line.end));
  return escapeLineStart(out);
}
