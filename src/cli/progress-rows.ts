import type { ChalkInstance } from 'chalk';
import { numberOf, type SequenceProgress } from '../sequences/progress.js';
import { widthOf, wrap } from './layout.js';
import { safeText } from './terminal-text.js';

/**
 * One row per séquence, ` ✓  1. Title   3/3  (1 brouillon)`, as a table when the terminal is
 * wide enough; otherwise each title wraps at words under itself, its count at its end, so that
 * no line runs past `width` (a table cut by the terminal is unreadable).
 */
export function progressRows(sequences: readonly SequenceProgress[], width: number, style: ChalkInstance): string[] {
  const icon = (sequence: SequenceProgress) =>
    sequence.state === 'complete' ? style.green('✓') : sequence.state === 'partial' ? style.yellow('◐') : style.dim('○');
  const titles = sequences.map((sequence) => safeText(sequence.title));
  const titleWidth = Math.max(0, ...titles.map(widthOf));
  const head = 7; // " ✓  1. "
  const indent = ' '.repeat(head);
  const table = head + titleWidth + 2 + 5 <= width;
  const rows: string[] = [];
  sequences.forEach((sequence, index) => {
    const count = `${sequence.answered}/${sequence.total}`;
    const extras = [
      sequence.drafts.length > 0 ? `${sequence.drafts.length} brouillon${sequence.drafts.length > 1 ? 's' : ''}` : '',
      sequence.skipped.length > 0 ? `${sequence.skipped.length} à compléter` : '',
    ].filter(Boolean);
    const title = titles[index] ?? '';
    const start = ` ${icon(sequence)} ${numberOf(sequence.id, index)} `;
    const main = table
      ? `${start}${title}${' '.repeat(titleWidth - widthOf(title))}  ${count}`
      : wrap(`${start}${title}  ${count}`, width, indent);
    const note = extras.length > 0 ? `(${extras.join(', ')})` : '';
    const last = widthOf(main.split('\n').pop() ?? '');
    if (note === '') rows.push(main);
    else if (last + 2 + widthOf(note) <= width) rows.push(`${main}  ${style.dim(note)}`);
    else rows.push(main, style.dim(wrap(`${indent}${note}`, width, indent)));
  });
  return rows;
}
