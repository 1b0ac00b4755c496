import { describe, expect, it } from 'vitest';
import { codeFence, escapeInline, escapeLineStart, escapeTableCell, stripControl, truncate } from '../../../src/sequences/story/index.js';
import { allTokens } from './markdown-tools.js';

describe('escaping user text for Markdown', () => {
  it.each([
    ['*gras* _it_', '\\*gras\\* \\_it\\_'],
    ['[lien](javascript:alert(1))', '\\[lien\\](javascript\\:alert(1))'],
    ['<script>', '\\<script>'],
    ['`code`', '\\`code\\`'],
    ['a | b', 'a \\| b'],
    ['$x^2$ ~sub~', '\\$x\\^2\\$ \\~sub\\~'],
    ['&lt;b&gt; & co', '\\&lt;b\\&gt; & co'],
    ['écrit par @doe, contact@asso.fr', 'écrit par \\@doe, contact\\@asso.fr'],
    // Bare addresses stay text: no autolink in GFM, marked or pandoc.
    ['voir https://exemple.fr et www.exemple.fr', 'voir https\\://exemple.fr et www\\.exemple.fr'],
    ['titre #', 'titre \\#'],
    ['C:\\dossier', 'C:\\\\dossier'],
    ['{{ x }} {% y %}', '{{ x }} {% y %}'],
    ['ligne\nsuivante', 'ligne suivante'],
  ])('escapeInline(%j)', (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it.each([
    ['# titre', '\\# titre', true],
    ['> citation', '\\> citation', false],
    ['---', '\\---', false],
    ['===', '\\===', false],
    ['+ plus', '\\+ plus', false],
    [': définition', '\\: définition', false],
    ['1. un', '1\\. un', false],
    ['2024) une année', '2024\\) une année', false],
    ['a) choix', 'a\\) choix', false],
    ['iv. quatre', 'iv\\. quatre', false],
    ['(b) entre parenthèses', '\\(b\\) entre parenthèses', false],
    ['M. Dupont est venu', 'M. Dupont est venu', false],
    ['Une phrase.', 'Une phrase.', false],
  ])('escapeLineStart(%j)', (input, expected, inlineFirst) => {
    expect(escapeLineStart(inlineFirst ? escapeInline(input) : input)).toBe(expected);
  });

  it('removes ESC, BEL, C1 and bidi controls but keeps emoji joiners', () => {
    expect(stripControl('a\u001b[2Jb\u0007c\u009bd\u202Ee\tf 👩‍👩‍👧')).toBe('a[2Jbcde f 👩‍👩‍👧');
  });

  it('makes a table cell of one line with its bars escaped, and cuts long ones', () => {
    expect(escapeTableCell('a | b\nc')).toBe('a \\| b c');
    expect(Array.from(escapeTableCell('é'.repeat(300), 50))).toHaveLength(50);
    const row = `| ${escapeTableCell('x | y')} | z |`;
    const table = allTokens(`| A | B |\n| --- | --- |\n${row}`).find((token) => token.type === 'table') as { rows: unknown[][] } | undefined;
    expect(table?.rows[0]).toHaveLength(2);
  });

  it('never splits an emoji when cutting', () => {
    expect(truncate('🎉🎉🎉🎉', 3)).toBe('🎉🎉…');
  });

  it('picks a code fence longer than any run of backticks in the text', () => {
    expect(codeFence('plain')).toBe('```');
    expect(codeFence('a ```` b')).toBe('`````');
  });
});
