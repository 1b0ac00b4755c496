import fc from 'fast-check';
import stringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { softBreaks } from '../../src/cli/ask/multiline-view.js';
import { truncate, widthOf, wrap } from '../../src/cli/layout.js';

const widest = (text: string) => Math.max(...text.split('\n').map(widthOf));

describe('wrap', () => {
  it('cuts at word boundaries, never wider than asked, keeping the indent of list items', () => {
    const text = '   • Comment les bénéficiaires sont-ils impliqués dans la conception du projet ?';
    const wrapped = wrap(text, 30, '     ');
    expect(widest(wrapped)).toBeLessThanOrEqual(30);
    expect(wrapped.split('\n')[0]).toMatch(/^ {3}• Comment/);
    expect(wrapped.split('\n').slice(1).every((line) => line.startsWith('     ') && !line.startsWith('      '))).toBe(true);
    expect(wrapped.replace(/\s+/g, ' ').trim()).toBe(text.trim());
  });

  it('cuts a word wider than the line rather than overflow', () => {
    expect(widest(wrap(`voir https://${'x'.repeat(60)}.fr`, 20))).toBeLessThanOrEqual(20);
  });
});

describe('truncate', () => {
  it('keeps one line, ended with … only when cut', () => {
    expect(truncate('Plus de café', 20)).toBe('Plus de café');
    expect(truncate('Plus de café au village.\nSuite', 15)).toBe('Plus de café…');
    expect(widthOf(truncate('é'.repeat(50), 10))).toBe(10);
  });
});

describe('softBreaks: a typed line on screen', () => {
  it('breaks at words, rows never wider than the room, and gives the line back whole', () => {
    const line = "Depuis la fermeture du dernier café du village, les habitants n'avaient plus de lieu.";
    const pieces = softBreaks(line, 35);
    expect(pieces.map(([a, b]) => line.slice(a, b)).join('')).toBe(line);
    for (const [a, b] of pieces) expect(widthOf(line.slice(a, b).replace(/ $/, ''))).toBeLessThanOrEqual(35);
    // No row starts with a space, no word is cut.
    expect(pieces.slice(1).every(([a]) => line[a] !== ' ' && line[a - 1] === ' ')).toBe(true);
  });

  it('cuts a word longer than the row, and gives one piece to an empty line', () => {
    expect(softBreaks('x'.repeat(25), 10)).toEqual([
      [0, 10],
      [10, 20],
      [20, 25],
    ]);
    expect(softBreaks('', 10)).toEqual([[0, 0]]);
  });
});

describe('widthOf', () => {
  it('counts one column per character of French text, as the width library does', () => {
    // Every range the quick count trusts, with its edges.
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x2010, 0x2027], [0x2030, 0x205e], [0x20ac, 0x20ac], [0x2713, 0x2713]];
    const char = fc.oneof(...ranges.map(([min, max]) => fc.integer({ min, max }).map((code) => String.fromCharCode(code))));
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')), (text) => widthOf(text) === stringWidth(text)), { numRuns: 2000 });
    for (const [min, max] of ranges) {
      for (let code = min; code <= max; code++) expect(widthOf(String.fromCharCode(code))).toBe(stringWidth(String.fromCharCode(code)));
    }
  });

  it('leaves wide, zero-width and coloured text to the library', () => {
    for (const text of ['café 日本', 'e\u0301', 'a\u200bb', '\u001b[32m✓\u001b[39m ok', '👍 merci', 'ligne\u2028suite']) {
      expect(widthOf(text)).toBe(stringWidth(text));
    }
    expect(widthOf('café 日本')).toBe(9);
  });
});
