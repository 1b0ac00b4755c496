import { describe, expect, it } from 'vitest';
import { answerMarkdown } from '../../../src/sequences/story/index.js';
import { allTokens, tokens } from './markdown-tools.js';

describe('answerMarkdown', () => {
  it('keeps line breaks as hard breaks and blank lines as paragraphs', () => {
    const markdown = answerMarkdown('Première ligne\nDeuxième ligne\n\n\nNouveau paragraphe');
    expect(markdown).toBe('Première ligne\\\nDeuxième ligne\n\nNouveau paragraphe');
    expect(tokens(markdown).filter((token) => token.type === 'paragraph')).toHaveLength(2);
    expect(allTokens(markdown).filter((token) => token.type === 'br')).toHaveLength(1);
  });

  it('turns typed bullets into one Markdown list, separated from the paragraph before it', () => {
    const markdown = answerMarkdown('Nos ateliers :\n- couture\n  * vélos\n• cuisine\nEt la suite.');
    expect(markdown).toBe('Nos ateliers :\n\n- couture\n- vélos\n- cuisine\n\nEt la suite.');
    const list = tokens(markdown).find((token) => token.type === 'list') as { items: { text: string }[] } | undefined;
    expect(list?.items.map((item) => item.text)).toEqual(['couture', 'vélos', 'cuisine']);
  });

  it('accepts CRLF, CR and Unicode line separators as line breaks', () => {
    expect(answerMarkdown('a\r\nb\rc\u2028d')).toBe('a\\\nb\\\nc\\\nd');
  });

  it('puts a highlight in bold with its tag right after it', () => {
    const text = 'La mairie nous prête la salle et on vend des crêpes.';
    const start = text.indexOf('on vend');
    expect(answerMarkdown(text, [{ start, end: start + 'on vend des crêpes'.length, tags: ['Ressources hybrides'] }])).toBe(
      'La mairie nous prête la salle et **on vend des crêpes** [Ressources hybrides].',
    );
  });

  it('merges overlapping highlights into one, with both tags', () => {
    const text = 'les décisions sont prises en AG';
    const markdown = answerMarkdown(text, [
      { start: 4, end: 20, tags: ['Gouvernance partagée'] },
      { start: 14, end: text.length, tags: ['Usage et finalité'] },
    ]);
    expect(markdown).toBe('les **décisions sont prises en AG** [Gouvernance partagée · Usage et finalité]');
  });

  it('splits a highlight over two lines and tags it once, at its end', () => {
    const text = 'nous vendons\ndes crêpes le dimanche';
    const markdown = answerMarkdown(text, [{ start: 5, end: 23, tags: ['Ressources hybrides'] }]);
    expect(markdown).toBe('nous **vendons**\\\n**des crêpes** [Ressources hybrides] le dimanche');
    expect(allTokens(markdown).filter((token) => token.type === 'strong')).toHaveLength(2);
  });

  it('trims blanks inside a highlight, since `** mot**` would not be bold', () => {
    expect(answerMarkdown('un  mot  ici', [{ start: 2, end: 8, tags: ['X'] }])).toBe('un  **mot** [X]  ici');
  });

  it('ignores highlights outside the answer instead of failing', () => {
    expect(answerMarkdown('court', [{ start: 3, end: 99, tags: ['X'] }, { start: -1, end: 2, tags: ['Y'] }])).toBe('court');
  });

  it('escapes the words of a highlight and of its tag', () => {
    const markdown = answerMarkdown('<b>gras</b>', [{ start: 0, end: 11, tags: ['[Tag]'] }]);
    expect(markdown).toBe('**\\<b>gras\\</b>** [\\[Tag\\]]');
    expect(allTokens(markdown).some((token) => token.type === 'html' || token.type === 'link')).toBe(false);
  });
});
