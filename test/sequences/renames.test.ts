import { describe, expect, it } from 'vitest';
import { createProject, followRenames, parseContent, StoryboardError, withAnswer, withDraft, withSkip } from '../../src/sequences/index.js';

const contentWith = (renamed: string) =>
  parseContent(`format: 1
id: mini
version: "2"
title: Mini
credits: test
${renamed}
sequences:
  - id: un
    title: Un
    intro: La première.
    questions:
      - { id: un.nouveau, text: Question A ? }
      - { id: un.b, text: Question B ? }
`);
const now = new Date('2026-11-28T10:00:00.000Z');
const old = () => {
  let project = createProject({ name: 'x' }, contentWith(''), now);
  project = withAnswer(project, 'un.ancien', 'réponse ancienne', now);
  project = withDraft(project, 'un.autre', 'brouillon', now);
  project = withSkip(project, 'un.passee', now);
  return project;
};

describe('followRenames', () => {
  it('moves answers, drafts and skips to the renamed question, following chains', () => {
    const content = contentWith('renamed:\n  un.ancien: un.nouveau\n  un.autre: un.intermediaire\n  un.intermediaire: un.b\n  un.passee: un.b');
    const { project, moved } = followRenames(old(), content);
    expect(project.answers['un.nouveau']?.text).toBe('réponse ancienne');
    expect(project.answers['un.ancien']).toBeUndefined();
    expect(project.drafts['un.b']?.text).toBe('brouillon');
    expect(project.skipped).toEqual(['un.b']);
    expect(moved).toEqual([{ from: 'un.ancien', to: 'un.nouveau' }]);
  });

  it('never overwrites an answer the new id already has', () => {
    const content = contentWith('renamed:\n  un.ancien: un.nouveau');
    const both = withAnswer(old(), 'un.nouveau', 'déjà là', now);
    const { project, moved } = followRenames(both, content);
    expect(project.answers['un.nouveau']?.text).toBe('déjà là');
    expect(project.answers['un.ancien']?.text).toBe('réponse ancienne');
    expect(moved).toEqual([]);
  });

  it('returns the very same project when nothing is renamed', () => {
    const project = old();
    expect(followRenames(project, contentWith('')).project).toBe(project);
  });

  it.each([
    ['a rename towards a missing question', 'renamed:\n  un.ancien: un.absente', /qui n'est pas une question de ce contenu/],
    ['a rename from a question that still exists', 'renamed:\n  un.b: un.nouveau', /est encore une question de ce contenu/],
    ['a malformed id', 'renamed:\n  ancien: un.nouveau', /doit avoir la forme « séquence\.question »/],
  ])('refuses %s in the content', (_, renamed, message) => {
    expect(() => contentWith(renamed)).toThrowError(StoryboardError);
    expect(() => contentWith(renamed)).toThrowError(message);
  });
});
