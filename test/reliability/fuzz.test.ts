import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/cli/render-template.js';
import {
  createProject,
  parseContent,
  parseProject,
  type Project,
  serializeProject,
  StoryboardError,
  withAnswer,
} from '../../src/sequences/index.js';
import { detectMarkersInAnswers } from '../../src/sequences/markers/index.js';
import { buildStory, type StoryHit } from '../../src/sequences/story/index.js';
import { headings } from '../sequences/story/markdown-tools.js';
import { CONTENT } from '../sequences/story/story-fixtures.js';
import { DEFAULT_TEMPLATE } from '../sequences/story/story-render.js';
import { MINI_CONTENT } from '../helpers/mini-content.js';

/**
 * Property-based tests: the parsers meet any text and the story meets any answer. The only
 * exception that may come out is the tool's own user error, and no answer can change the
 * story's outline.
 */

const NOW = new Date('2024-05-02T10:00:00Z');
/** FUZZ_SCALE=20 npm test … for a longer search on a quiet machine. */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const runs: Record<string, number> = {};
const count = (name: string) => {
  runs[name] = (runs[name] ?? 0) + 1;
};

afterAll(() => {
  const total = Object.values(runs).reduce((sum, n) => sum + n, 0);
  console.log(`fuzz: ${total} runs (${Object.entries(runs).map(([name, n]) => `${name} ${n}`).join(', ')})`);
});

/** Whatever a parser does with `text`, it returns or throws a StoryboardError, nothing else. */
function onlyUserErrors(parse: (text: string) => unknown, text: string): void {
  try {
    parse(text);
  } catch (error) {
    if (!(error instanceof StoryboardError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.message).toMatch(/\S/);
  }
}

// Pieces of YAML that matter to a parser: structure, quoting, anchors, tags, odd characters.
const YAML_PIECES = [
  ':', ': ', '\n', '\r\n', '\r', '  ', '\t', '- ', '? ', '[', ']', '{', '}', ',', '"', "'", '\\', '#', '&a ', '*a', '!!str ', '!tag ',
  '!!binary ', '!!set ', '!!omap ', '%YAML 1.2\n', '---\n', '...\n', '|', '|-', '>', '<<: ', '__proto__', 'constructor', 'prototype',
  'format', 'format: 1\n', 'format: 2\n', 'content', 'id', 'version', 'project', 'name', 'answers', 'drafts', 'skipped', 'text', 'answered',
  'created', 'updated', 'sequences', 'questions', 'markers', 'indicators', 'besoin-collectif.motivation', '2024-05-02T10:00:00.000Z',
  '1e999', '-0', '0x1F', '.nan', '~', 'null', 'true', 'é', '\u00a0', '\u2028', '\ufeff', '\u0000', '\u001b[2J', '\u009b', '😀', '\ud800',
];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

const VALID_PROJECT = serializeProject(
  withAnswer(
    withAnswer(createProject({ name: 'Café des possibles', contributors: ['Awa'] }, CONTENT, NOW), 'besoin-collectif.motivation', 'Un lieu pour se retrouver.\nDeux lignes.', NOW),
    'gouvernance-partagee.instances',
    'Décisions en « AG » : une voix par adhérent.',
    NOW,
  ),
);

const VALID_CONTENT = MINI_CONTENT.replace('indicators: [besoin]', 'indicators: [besoin, "(lien social|liens sociaux)", {pattern: "mairie", kind: public}]');

/** A valid file damaged by a few random edits: deleted, inserted or replaced characters. */
function mutated(valid: string) {
  const edit = fc.record({
    at: fc.nat({ max: valid.length }),
    remove: fc.nat({ max: 12 }),
    insert: fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 4, unit: 'binary' })),
  });
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) =>
    edits.reduce((text, { at, remove, insert }) => text.slice(0, at) + insert + text.slice(at + remove), valid),
  );
}

describe('the project parser', () => {
  it('meets any text with a result or a StoryboardError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), yamlish), (text) => {
        count('project parser, any text');
        onlyUserErrors((value) => parseProject(value, 'fuzz.storyboard.yaml'), text);
      }),
      { numRuns: 1500 * SCALE },
    );
  });

  it('meets a damaged project file with a result or a StoryboardError', () => {
    fc.assert(
      fc.property(mutated(VALID_PROJECT), (text) => {
        count('project parser, damaged file');
        onlyUserErrors((value) => parseProject(value, 'fuzz.storyboard.yaml'), text);
      }),
      { numRuns: 1500 * SCALE },
    );
  });

  it('reads back every answer it writes, whatever the person typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', minLength: 1 }), (answer, name) => {
        count('project round trip');
        fc.pre(name.trim() !== '');
        const project = withAnswer(createProject({ name }, CONTENT, NOW), 'besoin-collectif.motivation', answer, NOW);
        expect(parseProject(serializeProject(project))).toEqual(project);
      }),
      { numRuns: 500 * SCALE },
    );
  });
});

describe('the content parser', () => {
  it('meets any text with a result or a StoryboardError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), yamlish), (text) => {
        count('content parser, any text');
        onlyUserErrors((value) => parseContent(value, 'fuzz.yaml'), text);
      }),
      { numRuns: 1500 * SCALE },
    );
  });

  it('meets a damaged content file with a result or a StoryboardError', () => {
    fc.assert(
      fc.property(mutated(VALID_CONTENT), (text) => {
        count('content parser, damaged file');
        onlyUserErrors((value) => parseContent(value, 'fuzz.yaml'), text);
      }),
      { numRuns: 1500 * SCALE },
    );
  });
});

// Markdown, HTML, template syntax, control characters and escape sequences, line breaks of
// every kind: what a hostile or unlucky answer may hold.
const HOSTILE_PIECES = [
  '# ', '## ', '###### ', '\n', '\n\n', '\r\n', '\r', '---', '===', '***', '- ', '* ', '+ ', '1. ', '1) ', '> ', '    ', '\t', '```', '~~~',
  '<div>', '</div>', '<script>', '<!--', '-->', '&amp;', '&#60;', '[', ']', '](', '(javascript:alert(1))', '![', '<http://x>', '|', '|---|',
  '\\', '`', '*', '_', '~~', '{{', '}}', '{{{', '}}}', '{{#sequences}}', '{{/sequences}}', '{{> p}}', '{{=<% %>=}}', '{{& title}}', ':::',
  '\u001b[2J', '\u001b]0;titre\u0007', '\u009b31m', '\u0007', '\b', '\u0000', '\u007f', '\u0085', '\u2028', '\u2029', '\u202e', '\ufeff',
  'é', 'œ', '😀', '👩‍👩‍👧', ' ', 'association', 'habitants', 'assemblée générale', 'bénévoles', 'la mairie', 'subvention',
];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 5 })), { maxLength: 25 }).map((parts) => parts.join('')),
);

const QUESTIONS = CONTENT.sequences.flatMap((sequence) => sequence.questions.map((question) => question.id));

function hitsOf(project: Project): StoryHit[] {
  const answers = Object.fromEntries(Object.entries(project.answers).map(([id, answer]) => [id, answer.text]));
  return detectMarkersInAnswers(answers, CONTENT);
}

function storyOf(project: Project, hits: readonly StoryHit[] = hitsOf(project)): string {
  const view = buildStory({ content: CONTENT, project, hits, date: '2024-05-02' });
  return renderTemplate(DEFAULT_TEMPLATE, { ...view }).text;
}

function projectWith(answers: readonly (readonly [string, string])[], name = 'Projet test'): Project {
  return answers.reduce((project, [id, text]) => withAnswer(project, id, text, NOW), createProject({ name }, CONTENT, NOW));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('the story', () => {
  it('keeps the outline of the template whatever the answers, and no control character', () => {
    const answered = fc.uniqueArray(fc.tuple(fc.constantFrom(...QUESTIONS), hostileText), { selector: ([id]) => id, minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(answered, (answers) => {
        count('story outline');
        // The markers as clap finds them, so that highlights land inside hostile answers too.
        const hostile = projectWith(answers);
        const hits = hitsOf(hostile);
        const markdown = storyOf(hostile, hits);
        // The same questions answered with plain words, and the same families found (the
        // « pistes » list the others): the outline is the template's.
        const plainHits = hits.map((hit) => ({ ...hit, start: 0, end: 3, evidence: 'Une' }));
        const plain = storyOf(projectWith(answers.map(([id]) => [id, 'Une réponse ordinaire.'] as const)), plainHits);
        expect(headings(markdown)).toEqual(headings(plain));
        expect(markdown).not.toMatch(CONTROL);
      }),
      { numRuns: 150 * SCALE },
    );
  });

  it('gives any project name one title and the same outline', () => {
    const outline = headings(storyOf(projectWith([]), []));
    fc.assert(
      fc.property(hostileText, (name) => {
        count('story title');
        fc.pre(name.trim() !== '');
        const markdown = storyOf(projectWith([], name), []);
        const found = headings(markdown);
        expect(found.map((heading) => heading.split(' ')[0])).toEqual(outline.map((heading) => heading.split(' ')[0]));
        expect(found.slice(1)).toEqual(outline.slice(1));
        expect(markdown).not.toMatch(CONTROL);
      }),
      { numRuns: 150 * SCALE },
    );
  });
});
