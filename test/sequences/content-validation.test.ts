import { describe, expect, it } from 'vitest';
import { parseContent, StoryboardError } from '../../src/sequences/index.js';
import { MINI_CONTENT } from '../helpers/mini-content.js';

/** A small valid content; each case below breaks one thing in it. */
const VALID = MINI_CONTENT;

function issuesOf(text: string) {
  try {
    parseContent(text, 'mini.yaml');
  } catch (error) {
    if (error instanceof StoryboardError) return error.issues;
    throw error;
  }
  throw new Error('expected the content to be refused');
}

interface Case {
  name: string;
  text: string;
  message: RegExp;
  line: number;
  path?: string;
}

const CASES: Case[] = [
  {
    name: 'a YAML syntax error',
    text: VALID.replace('title: Clap', 'title: Clap: la suite: encore'),
    message: /syntaxe YAML invalide/,
    line: 18,
  },
  {
    name: 'a duplicate key',
    text: VALID.replace('title: Mini storyboard', 'title: Mini storyboard\ntitle: Encore'),
    message: /apparaît deux fois/,
    line: 5,
  },
  {
    name: 'an alias',
    text: VALID.replace('credits: Département du Pas-de-Calais', 'credits: &c Département\nsubtitle: *c'),
    message: /alias YAML/,
    line: 6,
  },
  {
    name: 'a __proto__ key',
    text: VALID.replace('    title: Clap', '    __proto__: {polluted: true}\n    title: Clap'),
    message: /« __proto__ » est interdite/,
    line: 18,
  },
  {
    name: 'a constructor key',
    text: VALID.replace('title: Mini storyboard', 'constructor: x\ntitle: Mini storyboard'),
    message: /« constructor » est interdite/,
    line: 4,
  },
  {
    name: 'an unknown key, with a suggestion',
    text: VALID.replace('    questions:\n      - id: clap', '    qestions:\n      - id: clap'),
    message: /clé inconnue « qestions ».*vouliez-vous dire « questions »/,
    line: 20,
    path: 'sequences[1].qestions',
  },
  {
    name: 'a séquence without questions',
    text: VALID.replace(/ {4}questions:\n {6}- id: clap.histoire\n {8}text: Racontez votre histoire !\n/, '    questions: []\n'),
    message: /au moins une question/,
    line: 20,
    path: 'sequences[1].questions',
  },
  {
    name: 'a duplicate question id',
    text: VALID.replace('- id: clap.histoire', '- id: besoin-collectif.motivation'),
    message: /déjà utilisé en sequences\[0\]\.questions\[0\]\.id/,
    line: 21,
    path: 'sequences[1].questions[0].id',
  },
  {
    name: 'a duplicate séquence id',
    text: VALID.replace('  - id: clap', '  - id: besoin-collectif').replace('- id: clap.histoire', '- id: besoin-collectif.histoire'),
    message: /séquence « besoin-collectif » est déjà utilisé/,
    line: 17,
    path: 'sequences[1].id',
  },
  {
    name: 'a question id outside its séquence',
    text: VALID.replace('- id: clap.histoire', '- id: rupture.histoire'),
    message: /doit commencer par « clap\. »/,
    line: 21,
  },
  {
    name: 'a malformed id',
    text: VALID.replace('  - id: clap', '  - id: Clap Final'),
    message: /minuscules sans accent/,
    line: 17,
    path: 'sequences[1].id',
  },
  {
    name: 'a format from the future',
    text: VALID.replace('format: 1', 'format: 2'),
    message: /« format » doit valoir 1/,
    line: 1,
    path: 'format',
  },
  {
    name: 'a missing title',
    text: VALID.replace('    title: Clap\n', ''),
    message: /il manque la clé « title » dans une séquence/,
    line: 17,
    path: 'sequences[1].title',
  },
  {
    name: 'an empty question text',
    text: VALID.replace('text: Racontez votre histoire !', 'text: "  "'),
    message: /le texte de la question ne doit pas être vide/,
    line: 22,
    path: 'sequences[1].questions[0].text',
  },
  {
    name: 'a list instead of a mapping',
    text: '- a\n- b\n',
    message: /le storyboard doit être une liste de clés et de valeurs/,
    line: 1,
  },
];

describe('content validation', () => {
  it('accepts the small valid content', () => {
    expect(parseContent(VALID).sequences).toHaveLength(2);
  });

  it.each(CASES)('refuses $name with a French message at line $line', ({ text, message, line, path }) => {
    const issues = issuesOf(text);
    const issue = issues.find((candidate) => message.test(candidate.message));
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.position?.line).toBe(line);
    if (path) expect(issue?.path).toBe(path);
  });

  it('reports every problem at once', () => {
    const broken = VALID.replace('format: 1', 'format: 2').replace('  - id: clap', '  - id: Clap Final');
    expect(issuesOf(broken)).toHaveLength(2);
  });

  it('never turns an alias bomb into objects', () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    const issues = issuesOf(bomb);
    expect(issues.every((issue) => /alias/.test(issue.message))).toBe(true);
  });
});
