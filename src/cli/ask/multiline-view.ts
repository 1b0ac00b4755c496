import type { Theme } from '@inquirer/core';
import { Chalk } from 'chalk';
import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { wrapAnsi } from 'fast-wrap-ansi';
import { truncate, widthOf, wrap } from '../layout.js';
import { baseThemeFr, type PartialDeep } from './french-styles.js';
import type { TextBuffer } from './text-buffer.js';

/** What the multi-line prompt adds to inquirer's theme. */
export type MultilineTheme = {
  style: {
    /** "Séquence 3/11 · question 2/3 · 7/31 répondues". */
    progress: (text: string) => string;
    /** The margin in front of each typed line. */
    gutter: (text: string) => string;
    /** The question's hint and examples, shown with Tab. */
    hint: (text: string) => string;
    /** The key-hint line, from [key, action] pairs. */
    keysHelpTip: (keys: [key: string, action: string][]) => string;
  };
};

/** The French multi-line theme, coloured only when `color` is true. */
export function multilineThemeFr(color: boolean): PartialDeep<Theme<MultilineTheme>> {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    ...baseThemeFr(color),
    style: {
      ...baseThemeFr(color).style,
      progress: (text: string) => c.dim(text),
      gutter: (text: string) => c.dim(text),
      hint: (text: string) => c.italic(text),
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${c.bold(key)} : ${c.dim(action)}`).join(c.dim(' · ')),
    },
  };
}

/** Which keys the prompt currently offers, as [key, action] pairs in French. */
export function keyHints(options: { hasHelp: boolean; helpShown: boolean; canGoBack: boolean }): [string, string][] {
  return [
    ['Entrée', 'nouvelle ligne'],
    ['Ctrl+D', 'valider (vide = passer)'],
    ...(options.hasHelp ? [['Tab', options.helpShown ? 'masquer l’aide' : 'aide et exemples'] as [string, string]] : []),
    ...(options.canGoBack ? [['Ctrl+P', 'question précédente'] as [string, string]] : []),
    ['Ctrl+E', 'éditeur'],
    ['Ctrl+C', 'arrêter (tout est enregistré)'],
  ];
}

/**
 * The key hints, as few lines as fit in `width` columns. Inquirer cuts long lines at the exact
 * column, mid-word: "valider" split over two lines is hard to read (and to find in a test).
 */
export function keyHintLines(keys: [string, string][], width: number, theme: Theme<MultilineTheme>): string[] {
  const rows: [string, string][][] = [];
  let row: [string, string][] = [];
  let used = 0;
  for (const pair of keys) {
    const size = pair[0].length + pair[1].length + 3;
    if (row.length > 0 && used + 3 + size > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? 3 : 0) + size;
    row.push(pair);
  }
  if (row.length > 0) rows.push(row);
  return rows.map((pairs) => theme.style.keysHelpTip(pairs));
}

/** The hint and examples block shown under the question when Tab is pressed, wrapped at words. */
export function helpLines(
  hint: string | undefined,
  examples: readonly string[],
  width: number,
  theme: Theme<MultilineTheme>,
): string[] {
  const lines: string[] = [];
  for (const paragraph of hint?.trim().split('\n') ?? []) {
    lines.push(...wrapWords(paragraph, width - 2).map((line) => `  ${theme.style.hint(line)}`));
  }
  if (examples.length > 0) {
    lines.push(`  ${theme.style.hint('Exemples :')}`);
    for (const example of examples) {
      const [first = '', ...rest] = wrapWords(example.trim().replace(/\s*\n\s*/g, ' '), width - 6);
      lines.push(`    – ${theme.style.hint(first)}`, ...rest.map((line) => `      ${theme.style.hint(line)}`));
    }
  }
  return lines;
}

/** Plain text cut into lines at word boundaries; a word longer than the width stays whole. */
function wrapWords(text: string, width: number): string[] {
  return wrapAnsi(text, width, { trim: true }).split('\n');
}

const GUTTER = '  │ ';
const GUTTER_WIDTH = 4;

/**
 * Where a typed line breaks on screen: offsets [start, end) into the line, each piece at most
 * `room` columns, cut after a space when one is in it (word boundaries), put end to end they
 * give the line back. The terminal would cut at the exact column instead, mid-word and with
 * no gutter on the continuation.
 */
export function softBreaks(line: string, room: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  while (start < line.length || pieces.length === 0) {
    let used = 0;
    let end = start;
    let lastSpace = -1;
    while (end < line.length) {
      const code = line.codePointAt(end) ?? 0;
      const char = String.fromCodePoint(code);
      const size = code < 0x300 ? (code < 0x20 ? 0 : 1) : widthOf(char);
      if (used + size > room) break;
      used += size;
      end += char.length;
      if (char === ' ') lastSpace = end;
    }
    // Cut after the last space unless the word runs to the end of the line or fills it alone.
    // A space right at the cut goes with the row it ends (one column past `room`, never shown)
    // rather than begin the next one.
    if (end < line.length && line[end] === ' ') end += 1;
    else if (end < line.length && lastSpace > start) end = lastSpace;
    if (end === start && start < line.length) end = start + String.fromCodePoint(line.codePointAt(start) ?? 0).length;
    pieces.push([start, end]);
    start = end;
    if (start >= line.length) break;
  }
  return pieces;
}

/** Rows a typed line takes on screen once broken at words. */
function rowsOf(line: string, room: number): number {
  return softBreaks(line, room).length;
}

/**
 * The typed lines around the cursor that fit in `size.rows` screen rows, the rest summarised as
 * "… 3 lignes plus haut": a prompt taller than the terminal cannot be redrawn cleanly, and a long
 * answer then costs the same to redraw as a short one. Lines are broken at words, each screen row
 * with its gutter, one column short of the width. `current` is the screen row of the cursor; it
 * must end the rendered content, and `afterCursor` is what follows the cursor on that row (the
 * prompt hands it to inquirer as readline's line, which is how inquirer places the cursor).
 */
export function textWindow(buffer: TextBuffer, size: { width: number; rows: number }, theme: Theme<MultilineTheme>) {
  const { lines, row } = buffer;
  const room = Math.max(8, size.width - 1 - GUTTER_WIDTH);
  const cost = (index: number) => rowsOf(lines[index] ?? '', room);
  // Two rows stay free for the markers; the cursor's line is shown whole whatever its size.
  let budget = size.rows - 2 - cost(row);
  let start = row;
  let end = row + 1;
  const grow = (step: -1 | 1, keep: number) => {
    let next = step < 0 ? start - 1 : end;
    while (next >= 0 && next < lines.length && cost(next) <= budget - keep) {
      budget -= cost(next);
      if (step < 0) start = next;
      else end = next + 1;
      next += step;
    }
  };
  // What was just written matters most, but a third stays for the lines after the cursor.
  grow(-1, Math.floor(budget / 3));
  grow(1, 0);
  grow(-1, 0);
  const gutter = theme.style.gutter(GUTTER);
  // A row's text, without the one space that may run past `room` at its end.
  const shown = (line: string, from: number, to: number) => {
    const text = line.slice(from, to);
    return widthOf(text) > room ? text.slice(0, -1) : text;
  };
  const screenRows = (line: string) => softBreaks(line, room).map(([from, to]) => gutter + shown(line, from, to));
  const above = lines.slice(start, row).flatMap(screenRows);
  const below = lines.slice(row + 1, end).flatMap(screenRows);

  const line = buffer.current;
  const pieces = softBreaks(line, room);
  // The piece holding the cursor; at a break, the cursor starts the next piece.
  let at = pieces.findIndex(([, to]) => buffer.col < to);
  if (at === -1) at = pieces.length - 1;
  const [from, to] = pieces[at] ?? [0, 0];
  above.push(...pieces.slice(0, at).map(([a, b]) => gutter + shown(line, a, b)));
  below.unshift(...pieces.slice(at + 1).map(([a, b]) => gutter + shown(line, a, b)));
  if (start > 0) above.unshift(theme.style.gutter(`  … ${plural(start, 'ligne')} plus haut`));
  if (end < lines.length) below.push(theme.style.gutter(`  … ${plural(lines.length - end, 'ligne')} plus bas`));
  const text = shown(line, from, to);
  // On the space that is not shown, the cursor sits just after the row's text: the same place.
  const afterCursor = line.slice(Math.min(buffer.col, from + text.length), from + text.length);
  return { above, current: gutter + text, afterCursor, below };
}

/**
 * The question once answered, on as many lines as it needs, and the answer's first line with
 * how many lines it has, cut with … to stay on one line: "à compléter" when it is empty.
 */
export function answeredView(
  message: string,
  text: string,
  width: number,
  theme: Theme<MultilineTheme>,
  mark: string,
): string {
  const question = wrap(`${mark} ${message}`, width, '  ');
  if (text === '') return joinIfFits(question, theme.style.help('à compléter'), 'à compléter', width);
  const lines = text.split('\n');
  const count = lines.length > 1 ? `(${plural(lines.length, 'ligne')})` : '';
  const lastWidth = widthOf(stripAnsi(question.split('\n').pop() ?? ''));
  const sameLine = width - lastWidth - 1 - count.length - 1;
  const first = lines[0] ?? '';
  const after = count ? ` ${theme.style.help(count)}` : '';
  if (widthOf(first) <= sameLine) return `${question} ${theme.style.answer(first)}${after}`;
  const shown = truncate(first, Math.max(1, width - 2 - count.length - 1));
  return `${question}\n  ${theme.style.answer(shown)}${after}`;
}

function joinIfFits(block: string, styled: string, plain: string, width: number): string {
  const last = widthOf(stripAnsi(block.split('\n').pop() ?? ''));
  return last + 1 + widthOf(plain) <= width ? `${block} ${styled}` : `${block}\n  ${styled}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}
