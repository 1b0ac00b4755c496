import { describe, expect, it } from 'vitest';
import {
  createProject,
  parseContent,
  parseProject,
  projectFromAnswersFile,
  serializeProject,
  slugify,
  StoryboardError,
  withAnswer,
  withDraft,
  withSkip,
} from '../../src/sequences/index.js';

const content = parseContent(`format: 1
id: mini
version: "2"
title: Mini
credits: test
sequences:
  - id: un
    title: Un
    intro: La première.
    questions:
      - { id: un.a, text: Question A ? }
      - { id: un.b, text: Question B ? }
`);
const now = new Date('2026-11-28T10:00:00.000Z');

describe('the project file', () => {
  it('round-trips through YAML, multi-line answers kept as readable blocks', () => {
    let project = createProject({ name: ' Café des possibles ', territory: 'Lens', contributors: ['Awa', ' '] }, content, now);
    project = withAnswer(project, 'un.a', 'Première ligne.\n\nDeuxième paragraphe : « oui ».', now);
    project = withDraft(project, 'un.b', 'en cours', now);
    const yaml = serializeProject(project);
    expect(yaml).toContain('    text: |-\n      Première ligne.\n\n      Deuxième paragraphe');
    expect(yaml.startsWith('# Storyboard')).toBe(true);
    const back = parseProject(yaml);
    expect(back).toEqual(project);
    expect(back.project).toEqual({ name: 'Café des possibles', territory: 'Lens', contributors: ['Awa'] });
    expect(back.content).toEqual({ id: 'mini', version: '2' });
  });

  it('keeps hostile text as inert data', () => {
    const text = '# titre\n---\n*alias &a [x]\n{{ x }} ]: "\u001b[2J';
    const project = withAnswer(createProject({ name: 'x' }, content, now), 'un.a', text, now);
    expect(parseProject(serializeProject(project)).answers['un.a']?.text).toBe(text);
  });

  it('skipping keeps an earlier answer and clears the draft', () => {
    let project = withAnswer(createProject({ name: 'x' }, content, now), 'un.a', 'a', now);
    project = withDraft(project, 'un.a', 'a modifié', now);
    project = withSkip(project, 'un.a', now);
    expect(project.answers['un.a']?.text).toBe('a');
    expect(project.drafts).toEqual({});
    expect(project.skipped).toEqual([]);
  });

  it('refuses a file from a newer storyboard with its own message', () => {
    const yaml = serializeProject(createProject({ name: 'x' }, content, now)).replace('format: 1', 'format: 7');
    expect(() => parseProject(yaml, 'x.storyboard.yaml')).toThrowError(/version plus récente de storyboard \(format 7\)/);
  });

  it('keeps answers to questions the content no longer has, and unknown keys', () => {
    const yaml = `${serializeProject(createProject({ name: 'x' }, content, now))}notes: à garder\n`.replace(
      'answers: {}',
      'answers:\n  ancienne.question:\n    text: gardée\n    answered: 2025-01-01T00:00:00.000Z',
    );
    const project = parseProject(yaml);
    expect(project.answers['ancienne.question']?.text).toBe('gardée');
    expect(serializeProject(project)).toContain('notes: à garder');
  });

  it.each([
    ['empty', '', /le fichier projet doit être une liste de clés/],
    ['a list', '- a\n', /le fichier projet doit être une liste de clés/],
    ['a missing name', 'format: 1\ncontent: {id: a, version: "1"}\nproject: {}\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-01T00:00:00Z\n', /il manque la clé « name »/],
    ['a bad date', 'format: 1\ncontent: {id: a, version: "1"}\nproject: {name: x}\ncreated: hier\nupdated: 2026-01-01T00:00:00Z\n', /la date de création doit être une date/],
  ])('refuses %s with a French message', (_, yaml, message) => {
    expect(() => parseProject(yaml)).toThrowError(message);
  });
});

describe('answers files (storyboard new --answers)', () => {
  it('builds the project as if typed, in the storyboard order', () => {
    const project = projectFromAnswersFile('project: {name: Café}\nanswers:\n  un.b: "B"\n  un.a: "A\\n"\n', content, now);
    expect(Object.keys(project.answers)).toEqual(['un.a', 'un.b']);
    expect(project.answers['un.a']?.text).toBe('A');
  });

  it('refuses an unknown question id with the list of valid ones', () => {
    expect(() => projectFromAnswersFile('project: {name: Café}\nanswers: {un.z: x}\n', content, now)).toThrowError(
      /question inconnue « un\.z »\. Questions possibles : un\.a, un\.b/,
    );
  });

  it('needs a name', () => {
    expect(() => projectFromAnswersFile('project: {}\n', content, now)).toThrowError(StoryboardError);
  });
});

describe('slugify', () => {
  it.each([
    ['Café des Possibles !', 'cafe-des-possibles'],
    ['  ', 'projet'],
    ["L'Épicerie « solidaire » de Liévin", 'l-epicerie-solidaire-de-lievin'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
