import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StoryHit } from '../../../src/sequences/story/index.js';
import { allTokens, body, headings } from './markdown-tools.js';
import { projectWith } from './story-fixtures.js';
import { story } from './story-render.js';

const QUESTION = 'besoin-collectif.motivation';

const HOSTILE: [string, string][] = [
  ['a heading', '# titre\n## Faux chapitre\n###### petit'],
  ['a setext heading', 'Un titre\n---\nun autre\n==='],
  ['a YAML block in the middle', '---\ntitle: pirate\n---\nsuite'],
  ['thematic breaks', '***\n* * *\n- - -\n___'],
  ['a script', '<script>alert(1)</script>'],
  ['an HTML block', '<div>\n\n<img src=x onerror=alert(1)>\n\n</div>'],
  ['an HTML comment', '<!-- caché --> visible'],
  ['an unclosed code fence', "```js\nconsole.log('jamais fermée')"],
  ['a tilde fence', '~~~\ncode'],
  ['indented code', 'texte\n\n    code indenté\n\tet tabulé'],
  ['a javascript link', '[lien](javascript:alert(1))'],
  ['a javascript autolink', '<javascript:alert(1)>'],
  ['a reference definition', '[a]: javascript:alert(1)\n\n[a]'],
  ['an image', '![img](javascript:alert(1))'],
  ['template syntax', '{{ frontMatter }} {{{ title }}} {% raw %} {{#sequences}}boucle{{/sequences}} {{> partial}}'],
  ['escape sequences', '\u001b[2J\u001b]0;titre\u0007 effacé \u009b31m rouge \u202Eenrevers'],
  ['a very long line', 'mot '.repeat(2500) + 'a'.repeat(10_000)],
  ['emoji', 'On a fêté ça 🎉👩‍👩‍👧 ! ❤️'],
  ['a table', '| a | b |\n|---|---|\n| c | d |'],
  ['an ordered list', '1. un\n2. deux\n3) trois'],
  ['a quote', '> citation\n>> imbriquée'],
  ['entities', '&lt;script&gt; &#60;b&#62; &amp;'],
  ['pandoc syntax', '::: warning\nalerte\n:::\n: définition\n$x^2$ @doe ^[note] [rouge]{.red} \\textbf{x} `x`{=html}'],
  ['a trailing backslash', 'fin\\\nsuite\\'],
  ['emphasis', '*gras* **très** _it_ ~~barré~~'],
  ['line endings', 'un\r\ndeux\rtrois\u2028quatre'],
  ['blank-looking lines', 'avant\n\u0007\n \t \nentre\n\u200B\naprès'],
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const wholeAnswer = (text: string): StoryHit[] => [
  { family: 'besoin-collectif', marker: 'besoin-collectif', label: 'x', evidence: text, start: 0, end: text.length, question: QUESTION },
];
const ordinary = projectWith({ [QUESTION]: 'Une réponse ordinaire.', 'clap.histoire': 'Pour commencer.\n\nUne réponse ordinaire.' });
const baseline = story(ordinary);
const baselineTagged = story(ordinary, wholeAnswer('Une réponse ordinaire.'));

function checkInert(markdown: string, expected = baseline): void {
  expect(headings(markdown)).toEqual(headings(expected));
  const tokens = allTokens(markdown);
  const types = (type: string) => tokens.filter((token) => token.type === type);
  expect(types('html')).toEqual([]);
  expect(types('link').filter((token) => /^\s*javascript:/i.test((token as { href: string }).href))).toEqual([]);
  expect(types('image')).toEqual([]);
  expect(types('blockquote')).toEqual([]);
  expect(types('hr')).toEqual([]);
  // Only the story's own table and chart.
  expect(types('table')).toHaveLength(1);
  expect(types('code')).toHaveLength(1);
  expect(markdown).not.toMatch(CONTROL);
  expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  // The front matter is the project's, whole.
  expect(parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '')).toEqual({ title: 'Projet test', date: '2024-05-02', lang: 'fr' });
}

describe('hostile answers are inert text', () => {
  it.each(HOSTILE)('%s', (_name, answer) => {
    // Right after the lead-in, and at the start of a paragraph of its own.
    const project = projectWith({ [QUESTION]: answer, 'clap.histoire': `Pour commencer.\n\n${answer}` });
    checkInert(story(project));
    // Even when a marker covers the whole hostile answer.
    checkInert(story(project, wholeAnswer(project.answers[QUESTION]?.text ?? '')), baselineTagged);
  });

  it('keeps the words a person typed, readable', () => {
    const markdown = story(projectWith({ [QUESTION]: 'Nous voulons :\n- un <lieu> ouvert\n- des *ateliers*\n{{ x }} reste {{ x }}' }));
    const list = allTokens(markdown).find((token) => token.type === 'list') as { items: { text: string }[] } | undefined;
    expect(list?.items.map((item) => item.text)).toEqual(['un \\<lieu> ouvert', 'des \\*ateliers\\*']);
    expect(body(markdown)).toContain('{{ x }} reste {{ x }}');
  });

  it('neutralises a hostile project identity in the title and the front matter', () => {
    const project = projectWith({}, '# Pirate <script>\n---');
    project.project.structure = '"]\ninjected: true';
    project.project.contributors = ['*Awa*', 'Marc\u001b[31m'];
    const markdown = story(project);
    expect(headings(markdown)[0]).toBe('1 \\# Pirate \\<script> ---');
    expect(headings(markdown).filter((heading) => heading.startsWith('1 '))).toHaveLength(1);
    const yaml = parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '') as Record<string, unknown>;
    expect(Object.keys(yaml)).toEqual(['title', 'structure', 'contributors', 'author', 'date', 'lang']);
    expect(yaml.structure).toBe('"\\] injected: true');
    expect(yaml.contributors).toEqual(['\\*Awa\\*', 'Marc\\[31m']);
    expect(allTokens(markdown).some((token) => token.type === 'html')).toBe(false);
  });
});
