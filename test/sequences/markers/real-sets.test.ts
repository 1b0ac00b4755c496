import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectMarkers, detectMarkersInAnswers } from '../../../src/sequences/markers/index.js';
import { content, shipped } from './helpers.js';

/**
 * The train and dev splits of the corpus rewritten from real public pages (test/fixtures/real/):
 * whole texts and projects of answers. Whatever the scores, an ordinary business (a `-biz-` or
 * `-neg-` file whose gold is all false) gets no marker at all, as shipped.
 */
const REAL = fileURLToPath(new URL('../../fixtures/real/', import.meta.url));
const SETS = existsSync(REAL) ? readdirSync(REAL).filter((name) => /-(train|dev)$/.test(name)).sort() : [];

interface Doc {
  file: string;
  text?: string;
  answers?: Record<string, string>;
  gold: Record<string, unknown>;
  project_gold?: Record<string, boolean>;
}

function load(folder: string): Doc[] {
  return readdirSync(join(REAL, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((file) => ({ file, ...(parse(readFileSync(join(REAL, folder, file), 'utf8')) as Omit<Doc, 'file'>) }));
}

const allFalse = (gold: Record<string, unknown> | undefined) => !Object.values(gold ?? {}).some((value) => value === true);

describe.each(SETS.length > 0 ? SETS : ['(none yet)'])('the real labelled set %s', (folder) => {
  if (SETS.length === 0) {
    it.skip('is not in this checkout', () => {});
    return;
  }
  const docs = load(folder);
  const businesses = docs.filter((doc) => /-(biz|neg)-/.test(doc.file) && allFalse(typeof doc.text === 'string' ? doc.gold : doc.project_gold));

  it('has labelled documents, some of them ordinary businesses', () => {
    expect(docs.length).toBeGreaterThan(0);
    expect(businesses.length).toBeGreaterThan(0);
  });

  it('finds no marker at all on its ordinary businesses', () => {
    const found: string[] = [];
    for (const doc of businesses) {
      const hits =
        typeof doc.text === 'string'
          ? detectMarkers(doc.text, content, shipped)
          : detectMarkersInAnswers(
              Object.fromEntries(Object.entries(doc.answers ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
              content,
              shipped,
            );
      for (const hit of hits) found.push(`${doc.file}: ${hit.family} « ${hit.evidence} »`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});
