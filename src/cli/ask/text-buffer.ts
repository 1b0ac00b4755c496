/**
 * The text of a multi-line answer with a cursor (row, column), edited in place.
 *
 * Mutable on purpose: the prompt sees one keypress at a time (a paste is thousands of them), so
 * every operation touches only the current line or its neighbour — never a copy of the whole text.
 * Characters within a line are edited by readline; this class handles what crosses line borders.
 */
export class TextBuffer {
  /** Never empty: an empty answer is one empty line. */
  readonly lines: string[];
  row: number;
  col: number;

  /** Starts with `text`, cursor at its very end (where one continues a draft). */
  constructor(text = '') {
    this.lines = text.replace(/\r\n?/g, '\n').split('\n');
    this.row = this.lines.length - 1;
    this.col = this.current.length;
  }

  /** The line under the cursor. */
  get current(): string {
    return this.lines[this.row] ?? '';
  }

  /** The whole text, lines joined with `\n`. Linear in the text: call it once per change, not per line. */
  get text(): string {
    return this.lines.join('\n');
  }

  /** Replaces the current line (readline edited it) and moves the cursor within it. */
  setCurrent(line: string, col: number): void {
    this.lines[this.row] = line;
    this.col = clamp(col, 0, line.length);
  }

  /**
   * Puts a whole text (a paste, `\n` between lines) at the cursor, which ends after it. Lines are
   * pushed one by one: a spread of 10,000 lines as arguments could overflow the stack.
   */
  insert(text: string): void {
    const pieces = text.split('\n');
    const line = this.current;
    const after = line.slice(this.col);
    const tail = this.lines.splice(this.row + 1);
    this.lines[this.row] = line.slice(0, this.col) + pieces[0];
    for (let i = 1; i < pieces.length; i++) this.lines.push(pieces[i] ?? '');
    for (const rest of tail) this.lines.push(rest);
    this.row += pieces.length - 1;
    this.col = this.current.length;
    this.lines[this.row] = this.current + after;
  }

  /** Enter: cuts the current line at the cursor; the cursor goes to the start of the new line. */
  splitLine(): void {
    const line = this.current;
    this.lines.splice(this.row, 1, line.slice(0, this.col), line.slice(this.col));
    this.row += 1;
    this.col = 0;
  }

  /** Backspace at the start of a line: joins it to the end of the previous one. False if none. */
  joinWithPrevious(): boolean {
    if (this.row === 0) return false;
    const previous = this.lines[this.row - 1] ?? '';
    this.lines.splice(this.row - 1, 2, previous + this.current);
    this.row -= 1;
    this.col = previous.length;
    return true;
  }

  /** Delete at the end of a line: pulls the next line up. False if none. */
  joinWithNext(): boolean {
    if (this.row >= this.lines.length - 1) return false;
    this.lines.splice(this.row, 2, this.current + (this.lines[this.row + 1] ?? ''));
    return true;
  }

  /** Up/down: changes line, keeping the column where the new line allows. False at the edge. */
  moveRow(delta: -1 | 1): boolean {
    const row = this.row + delta;
    if (row < 0 || row >= this.lines.length) return false;
    this.row = row;
    this.col = Math.min(this.col, this.current.length);
    return true;
  }

  /** Left at the start of a line goes to the end of the previous one, right at the end to the next. */
  wrapCursor(delta: -1 | 1): boolean {
    if (!this.moveRow(delta)) return false;
    this.col = delta < 0 ? this.current.length : 0;
    return true;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
