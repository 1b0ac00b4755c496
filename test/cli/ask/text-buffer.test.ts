import { describe, expect, it } from 'vitest';
import { TextBuffer } from '../../../src/cli/ask/text-buffer.js';

describe('TextBuffer', () => {
  it('starts with its text, cursor at the very end, any line ending read as \\n', () => {
    const buffer = new TextBuffer('un\r\ndeux\rtrois');
    expect(buffer.lines).toEqual(['un', 'deux', 'trois']);
    expect([buffer.row, buffer.col]).toEqual([2, 5]);
    expect(buffer.text).toBe('un\ndeux\ntrois');
  });

  it('is one empty line when empty', () => {
    const buffer = new TextBuffer();
    expect(buffer.lines).toEqual(['']);
    expect(buffer.text).toBe('');
  });

  it('inserts a text of several lines at the cursor, which ends after it', () => {
    const buffer = new TextBuffer('début\nAVANT APRÈS\nfin');
    buffer.moveRow(-1);
    buffer.setCurrent('AVANT APRÈS', 6);
    buffer.insert('un\ndeux\ntrois ');
    expect(buffer.lines).toEqual(['début', 'AVANT un', 'deux', 'trois APRÈS', 'fin']);
    expect([buffer.row, buffer.col]).toEqual([3, 6]);
    buffer.insert('x');
    expect(buffer.lines[3]).toBe('trois xAPRÈS');
    expect([buffer.row, buffer.col]).toEqual([3, 7]);
  });

  it('inserts 100,000 lines without overflowing the stack', () => {
    const buffer = new TextBuffer('a');
    buffer.insert('\n'.repeat(100_000));
    expect(buffer.lines.length).toBe(100_001);
    expect([buffer.row, buffer.col]).toEqual([100_000, 0]);
  });

  it('splits the current line at the cursor', () => {
    const buffer = new TextBuffer('bonjour');
    buffer.setCurrent('bonjour', 3);
    buffer.splitLine();
    expect(buffer.lines).toEqual(['bon', 'jour']);
    expect([buffer.row, buffer.col]).toEqual([1, 0]);
  });

  it('joins with the previous line, cursor at the join, and not above the first line', () => {
    const buffer = new TextBuffer('ab\ncd');
    buffer.setCurrent('cd', 0);
    expect(buffer.joinWithPrevious()).toBe(true);
    expect(buffer.lines).toEqual(['abcd']);
    expect([buffer.row, buffer.col]).toEqual([0, 2]);
    expect(buffer.joinWithPrevious()).toBe(false);
    expect(buffer.lines).toEqual(['abcd']);
  });

  it('pulls the next line up, and not below the last line', () => {
    const buffer = new TextBuffer('ab\ncd');
    buffer.moveRow(-1);
    expect(buffer.joinWithNext()).toBe(true);
    expect(buffer.lines).toEqual(['abcd']);
    expect(buffer.joinWithNext()).toBe(false);
  });

  it('moves between lines keeping the column where it fits', () => {
    const buffer = new TextBuffer('long line\nab');
    expect(buffer.moveRow(-1)).toBe(true);
    expect([buffer.row, buffer.col]).toEqual([0, 2]);
    expect(buffer.moveRow(-1)).toBe(false);
    buffer.setCurrent('long line', 9);
    buffer.moveRow(1);
    expect([buffer.row, buffer.col]).toEqual([1, 2]);
  });

  it('wraps the cursor to the end of the previous line or the start of the next', () => {
    const buffer = new TextBuffer('ab\ncd');
    buffer.setCurrent('cd', 0);
    expect(buffer.wrapCursor(-1)).toBe(true);
    expect([buffer.row, buffer.col]).toEqual([0, 2]);
    expect(buffer.wrapCursor(1)).toBe(true);
    expect([buffer.row, buffer.col]).toEqual([1, 0]);
    expect(buffer.wrapCursor(1)).toBe(false);
  });

  it('keeps the cursor inside the line readline hands back', () => {
    const buffer = new TextBuffer();
    buffer.setCurrent('abc', 10);
    expect(buffer.col).toBe(3);
  });
});
