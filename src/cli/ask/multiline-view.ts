import type { Theme } from '@inquirer/core';
import { Chalk } from 'chalk';
import { wrapAnsi } from 'fast-wrap-ansi';
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

/** Rows a typed line takes on screen, gutter included (inquirer cuts lines at the exact column). */
function rowsOf(line: string, width: number): number {
  return Math.max(1, Math.ceil((GUTTER.length + line.length) / width));
}

/**
 * The typed lines around the cursor that fit in `size.rows` screen rows, the rest summarised as
 * "… 3 lignes plus haut": a prompt taller than the terminal cannot be redrawn cleanly, and a long
 * answer then costs the same to redraw as a short one. `current` is the cursor's line; it must end
 * the rendered content because inquirer places the terminal cursor from readline's line there.
 */
export function textWindow(buffer: TextBuffer, size: { width: number; rows: number }, theme: Theme<MultilineTheme>) {
  const { lines, row } = buffer;
  const cost = (index: number) => rowsOf(lines[index] ?? '', size.width);
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
  const above = lines.slice(start, row).map((line) => gutter + line);
  const below = lines.slice(row + 1, end).map((line) => gutter + line);
  if (start > 0) above.unshift(theme.style.gutter(`  … ${plural(start, 'ligne')} plus haut`));
  if (end < lines.length) below.push(theme.style.gutter(`  … ${plural(lines.length - end, 'ligne')} plus bas`));
  return { above, current: gutter + buffer.current, below };
}

/** After the answer: its first line and how many lines it has, or "à compléter" when empty. */
export function answerSummary(text: string, theme: Theme<MultilineTheme>): string {
  if (text === '') return theme.style.help('à compléter');
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  const shown = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return `${theme.style.answer(shown)} ${theme.style.help(`(${plural(lines.length, 'ligne')})`)}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}
