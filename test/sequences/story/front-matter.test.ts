import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter } from '../../../src/sequences/story/front-matter.js';
import { escapeInline } from '../../../src/sequences/story/markdown-escape.js';

const block = (markdown: string) => parse(/^---\n([\s\S]*?)\n---$/.exec(markdown)?.[1] ?? '') as Record<string, unknown>;

describe('frontMatter', () => {
  it('writes YAML that reads back as the escaped values, whatever the text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (title, structure, contributors) => {
        const read = block(frontMatter({ title, structure, contributors, date: '2026-11-28' }));
        const expected = (value: string) => escapeInline(value.trim());
        expect(read.title).toBe(expected(title) || 'Notre histoire');
        expect(read.structure).toBe(expected(structure) || undefined);
        const names = contributors.map(expected).filter((name) => name !== '');
        expect(read.contributors).toEqual(names.length > 0 ? names : undefined);
        expect(read.date).toBe('2026-11-28');
        expect(read.lang).toBe('fr');
      }),
      { numRuns: 2000 },
    );
  });
});
