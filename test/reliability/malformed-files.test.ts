import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';
import { runCliAsync } from './run-async.js';
import { MINI_CONTENT } from '../helpers/mini-content.js';

/**
 * Damaged, hostile or simply wrong project and content files, each run through every command
 * that reads it. Each must give one French message on stderr (one line for one problem),
 * exit 1, in under 2 s, and leave the file, and the folder, exactly as they were.
 */

const VALID_PROJECT = `# Storyboard de l'innovation sociale : fichier projet.
format: 1
content:
  id: storyboard-innovation-sociale
  version: 1.0.0
project:
  name: Café des possibles
  contributors:
    - Awa
created: 2024-05-02T10:00:00.000Z
updated: 2024-05-02T10:00:00.000Z
answers:
  besoin-collectif.motivation:
    text: |-
      Depuis la fermeture du dernier café, les habitants n'avaient plus de lieu.
      Les personnes âgées nous disaient leur isolement.
    answered: 2024-05-02T10:00:00.000Z
  gouvernance-partagee.instances:
    text: "Les décisions sont prises en assemblée générale, chaque adhérent a une voix."
    answered: 2024-05-02T10:00:00.000Z
skipped: []
`;

const VALID_CONTENT = MINI_CONTENT;

const MB = 1024 * 1024;

function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture: « ${from} » not found`);
  return text.replace(from, to);
}

const aliasBomb = (() => {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= 9; level++) lines.push(`a${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
})();

/** A large file, written once for all the cases that need it. */
function bigFile(size: number): Buffer {
  const line = Buffer.from('  - une ligne de texte répétée pour faire un très gros fichier\n');
  const out = Buffer.alloc(size);
  for (let at = 0; at < size; at += line.length) line.copy(out, at);
  return out;
}

interface BadFile {
  name: string;
  bytes: () => string | Buffer;
  /** What the single message says. */
  message: RegExp;
  /** Problems listed under one « Erreur : N problèmes » head; 1 by default (a single line). */
  problems?: number;
}

const PROJECT_FILES: BadFile[] = [
  { name: 'empty', bytes: () => '', message: /Le fichier projet « projet\.storyboard\.yaml » est vide/ },
  { name: 'whitespace only', bytes: () => '  \n\t\n   \n', message: /est vide/ },
  { name: 'a comment only', bytes: () => '# rien ici\n', message: /projet\.storyboard\.yaml le fichier projet doit être une liste de clés/ },
  { name: 'binary (PNG)', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]), message: /n'est pas un texte lisible \(encodage UTF-8 attendu\)/ },
  { name: 'NUL bytes in the text', bytes: () => replaced(VALID_PROJECT, 'Awa', 'A\u0000wa'), message: /n'est pas un texte lisible/ },
  { name: 'invalid UTF-8', bytes: () => Buffer.concat([Buffer.from('format: 1\nproject:\n  name: Caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), message: /n'est pas un texte lisible/ },
  { name: 'Latin-1 instead of UTF-8', bytes: () => Buffer.from(VALID_PROJECT, 'latin1'), message: /n'est pas un texte lisible/ },
  { name: 'UTF-16 with its BOM', bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID_PROJECT, 'utf16le')]), message: /n'est pas un texte lisible/ },
  { name: 'truncated in a quoted answer', bytes: () => VALID_PROJECT.slice(0, VALID_PROJECT.indexOf('assemblée générale')), message: /guillemets n'est jamais refermé/ },
  { name: 'truncated before an answer date', bytes: () => VALID_PROJECT.slice(0, VALID_PROJECT.lastIndexOf('    answered:')), message: /\(answers\.gouvernance-partagee\.instances\.answered\) il manque la clé « answered »/ },
  { name: 'a list instead of a mapping', bytes: () => '- format: 1\n- project: x\n', message: /projet\.storyboard\.yaml:1:1 le fichier projet doit être une liste de clés et de valeurs/ },
  { name: 'a sentence instead of a mapping', bytes: () => 'Bonjour, ceci est mon projet.\n', message: /doit être une liste de clés/ },
  { name: 'a number instead of a mapping', bytes: () => '42\n', message: /doit être une liste de clés/ },
  { name: 'null', bytes: () => '~\n', message: /doit être une liste de clés/ },
  { name: 'a JSON array', bytes: () => '[1, 2, 3]\n', message: /doit être une liste de clés/ },
  { name: 'format as a text', bytes: () => replaced(VALID_PROJECT, 'format: 1', 'format: "1"'), message: /\(format\) format de fichier projet inconnu/ },
  { name: 'a format version from the future', bytes: () => replaced(VALID_PROJECT, 'format: 1', 'format: 2'), message: /version plus récente de storyboard \(format 2\)/ },
  { name: 'a huge format version', bytes: () => replaced(VALID_PROJECT, 'format: 1', 'format: 1e999'), message: /version plus récente de storyboard/ },
  { name: 'a negative format version', bytes: () => replaced(VALID_PROJECT, 'format: 1', 'format: -1'), message: /format de fichier projet inconnu/ },
  { name: 'a name that is a number', bytes: () => replaced(VALID_PROJECT, 'name: Café des possibles', 'name: 42'), message: /\(project\.name\) le nom du projet doit être un texte/ },
  { name: 'an empty name', bytes: () => replaced(VALID_PROJECT, 'name: Café des possibles', 'name: "  "'), message: /le nom du projet ne doit pas être vide/ },
  { name: 'no name', bytes: () => replaced(VALID_PROJECT, '  name: Café des possibles\n', ''), message: /il manque la clé « name »/ },
  { name: 'answers as a list', bytes: () => replaced(VALID_PROJECT, 'skipped: []', 'skipped: []\nanswers: [a, b]').replace(/answers:\n[\s\S]*?skipped/, 'skipped'), message: /\(answers\) les réponses doit être une liste de clés|\(answers\)/ },
  { name: 'an answer text that is a mapping', bytes: () => replaced(VALID_PROJECT, 'text: "Les décisions', 'text: {a: 1}\n    old: "Les décisions'), message: /le texte de la réponse doit être un texte/ },
  { name: 'an answer date that is no date', bytes: () => replaced(VALID_PROJECT, 'updated: 2024-05-02T10:00:00.000Z\nanswers:', 'updated: 2024-05-02T10:00:00.000Z\nanswers:').replace(/answered: 2024-05-02T10:00:00\.000Z\n {2}gouv/, 'answered: hier\n  gouv'), message: /la date de la réponse doit être une date/ },
  { name: 'skipped as a text', bytes: () => replaced(VALID_PROJECT, 'skipped: []', 'skipped: clap.histoire'), message: /les questions passées doivent être une liste/ },
  { name: 'contributors as a text', bytes: () => replaced(VALID_PROJECT, 'contributors:\n    - Awa', 'contributors: Awa et Marc'), message: /les contributeurs doivent être une liste/ },
  { name: 'a malformed question id', bytes: () => replaced(VALID_PROJECT, 'besoin-collectif.motivation:', 'Besoin Collectif:'), message: /identifiant de question invalide/ },
  { name: 'an alias bomb', bytes: () => aliasBomb, message: /les alias YAML \(\*nom\) ne sont pas acceptés \(81 dans ce fichier\)/ },
  { name: 'an alias', bytes: () => replaced(VALID_PROJECT, 'name: Café des possibles\n  contributors:\n    - Awa', 'name: &n Café\n  contributors:\n    - *n'), message: /alias YAML/ },
  { name: 'a __proto__ key', bytes: () => replaced(VALID_PROJECT, 'format: 1', 'format: 1\n__proto__: {polluted: true}'), message: /:3:1 la clé « __proto__ » est interdite/ },
  { name: 'a __proto__ answer', bytes: () => replaced(VALID_PROJECT, 'answers:\n', 'answers:\n  __proto__:\n    text: x\n'), message: /la clé « __proto__ » est interdite/ },
  { name: 'a constructor key', bytes: () => replaced(VALID_PROJECT, '  name: Café', '  constructor: x\n  name: Café'), message: /la clé « constructor » est interdite/ },
  { name: '5,000 nested lists', bytes: () => `format: 1\nproject: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, message: /imbriqué trop profondément/ },
  { name: '5,000 nested mappings', bytes: () => `format: 1\nproject: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, message: /imbriqué trop profondément/ },
  { name: '5,000 nested block lists', bytes: () => `${'- '.repeat(5000)}x\n`, message: /imbriqué trop profondément/ },
  { name: 'a 30 MB file', bytes: () => bigFile(30 * MB), message: /Le fichier projet « projet\.storyboard\.yaml » est trop gros \(30,0 Mo\) : la limite est de 10,0 Mo/ },
  { name: 'a duplicate key', bytes: () => replaced(VALID_PROJECT, 'format: 1', 'format: 1\nformat: 1'), message: /:3:1 cette clé apparaît deux fois au même niveau/ },
  { name: 'a duplicate answer id', bytes: () => replaced(VALID_PROJECT, 'gouvernance-partagee.instances:', 'besoin-collectif.motivation:'), message: /apparaît deux fois/ },
  { name: 'two YAML documents', bytes: () => `${VALID_PROJECT}---\n${VALID_PROJECT}`, message: /plusieurs documents YAML/ },
  { name: 'tabs as indentation', bytes: () => replaced(VALID_PROJECT, '  name: Café', '\tname: Café'), message: /syntaxe YAML invalide/ },
  { name: 'a YAML tag', bytes: () => replaced(VALID_PROJECT, 'name: Café des possibles', 'name: !!js/function "function () {}"'), message: /étiquette YAML inconnue/ },
  { name: 'an unclosed bracket', bytes: () => 'format: 1\nproject: [\n', message: /syntaxe YAML invalide/ },
  { name: 'a colon in a plain value', bytes: () => replaced(VALID_PROJECT, 'name: Café des possibles', 'name: Café: des possibles'), message: /:7:9 syntaxe YAML invalide .*« : » se met entre guillemets/ },
  { name: 'a bad escape in quotes', bytes: () => replaced(VALID_PROJECT, '"Les décisions', '"C:\\Mes documents\\qui\\décisions'), message: /barre oblique inversée/ },
  { name: 'a format with no value', bytes: () => replaced(VALID_PROJECT, 'format: 1', 'format:'), message: /format de fichier projet inconnu/ },
  { name: 'another YAML file (CI config)', bytes: () => 'name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n', message: /il manque la clé « format »/, problems: 5 },
];

const CONTENT_FILES: BadFile[] = [
  { name: 'empty', bytes: () => '', message: /Le fichier de contenu « contenu\.yaml » est vide/ },
  { name: 'whitespace only', bytes: () => '\n\n   \n', message: /est vide/ },
  { name: 'binary', bytes: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0xff, 0xfe]), message: /n'est pas un texte lisible/ },
  { name: 'invalid UTF-8', bytes: () => Buffer.concat([Buffer.from(VALID_CONTENT.slice(0, 40)), Buffer.from([0xe9, 0x74, 0xe9])]), message: /n'est pas un texte lisible/ },
  { name: 'a list instead of a mapping', bytes: () => '- id: mini\n- title: x\n', message: /contenu\.yaml:1:1 le storyboard doit être une liste de clés/ },
  { name: 'a scalar instead of a mapping', bytes: () => 'storyboard\n', message: /le storyboard doit être une liste de clés/ },
  { name: 'a format version from the future', bytes: () => replaced(VALID_CONTENT, 'format: 1', 'format: 2'), message: /\(format\) « format » doit valoir 1/ },
  { name: 'séquences as a text', bytes: () => `${VALID_CONTENT.slice(0, VALID_CONTENT.indexOf('sequences:'))}sequences: toutes\n`, message: /\(sequences\) les séquences doivent être une liste/ },
  { name: 'no séquence', bytes: () => `${VALID_CONTENT.slice(0, VALID_CONTENT.indexOf('sequences:'))}sequences: []\n`, message: /au moins une séquence/ },
  { name: 'a missing séquence id', bytes: () => replaced(VALID_CONTENT, '  - id: clap\n    title', '  - title'), message: /contenu\.yaml:17:5 \(sequences\[1\]\.id\) il manque la clé « id » dans une séquence/ },
  { name: 'duplicate séquence ids', bytes: () => replaced(VALID_CONTENT, '  - id: clap\n', '  - id: besoin-collectif\n').replace('clap.histoire', 'besoin-collectif.histoire'), message: /\(sequences\[1\]\.id\) l'identifiant de séquence « besoin-collectif » est déjà utilisé en sequences\[0\]\.id/ },
  { name: 'duplicate question ids', bytes: () => replaced(VALID_CONTENT, 'clap.histoire', 'besoin-collectif.motivation'), message: /doit commencer par « clap\. »|déjà utilisé/, problems: 2 },
  { name: 'a question id from another séquence', bytes: () => replaced(VALID_CONTENT, 'clap.histoire', 'besoin-collectif.histoire'), message: /doit commencer par « clap\. »/ },
  { name: 'a wrong type (multiline)', bytes: () => replaced(VALID_CONTENT, "initiative ?\n", "initiative ?\n        multiline: oui\n"), message: /« multiline » doit valoir true ou false/ },
  { name: 'a broken indicator', bytes: () => replaced(VALID_CONTENT, 'indicators: [besoin]', 'indicators: ["(besoin|envie"]'), message: /sequences\[0\]\.markers\[0\]\.indicators\[0\]/ },
  { name: 'truncated', bytes: () => VALID_CONTENT.slice(0, VALID_CONTENT.lastIndexOf('        text:')), message: /il manque la clé « text »/ },
  { name: 'an alias bomb', bytes: () => aliasBomb, message: /alias YAML/ },
  { name: 'a __proto__ key', bytes: () => replaced(VALID_CONTENT, '    title: Clap', '    __proto__: {polluted: true}\n    title: Clap'), message: /« __proto__ » est interdite/ },
  { name: '5,000 nested lists', bytes: () => `format: 1\nsequences: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, message: /imbriqué trop profondément/ },
  { name: 'a 30 MB file', bytes: () => bigFile(30 * MB), message: /Le fichier de contenu « contenu\.yaml » est trop gros \(30,0 Mo\) : la limite est de 2,0 Mo/ },
  { name: 'just over 2 MB', bytes: () => bigFile(2 * MB + 1), message: /est trop gros \(2,0 Mo\) : la limite est de 2,0 Mo/ },
  { name: 'a duplicate key', bytes: () => replaced(VALID_CONTENT, 'title: Mini storyboard', 'title: Mini storyboard\ntitle: Encore'), message: /:5:1 cette clé apparaît deux fois/ },
  { name: 'a syntax error', bytes: () => replaced(VALID_CONTENT, 'title: Clap', 'title: Clap: la suite'), message: /syntaxe YAML invalide/ },
];

// What an unfinished translation or a crash would show.
const ENGLISH = /\b(the|is|not|must|should|cannot|expected|received|error|invalid|unexpected|missing|undefined|null|NaN|object Object|line \d+|at position)\b/i;

let runs = 0;
let slowest = 0;

/** storyboard run in-process, timed, as runCliAsync runs the built binary. */
async function runTimed(args: string[], cwd: string, options: { terminalColumns?: number } = {}) {
  const started = performance.now();
  const result = await runStoryboard(args, { cwd, ...options });
  return { ...result, ms: performance.now() - started };
}

/** One message in French, in the shape its number of problems calls for. */
function checkMessage(output: string, bad: BadFile): void {
  // In a terminal, messages are wrapped to its width: continuation lines are indented by two
  // spaces, where a problem of a list starts with « - ».
  const text = output.replace(/\r\n/g, '\n').trim().replace(/\n {2}(?!- )/g, ' ');
  const lines = text.split('\n');
  const problems = bad.problems ?? 1;
  expect(lines[0]).toMatch(/^Erreur : /);
  if (problems === 1) {
    expect(lines).toHaveLength(1);
  } else {
    expect(lines[0]).toMatch(new RegExp(`^Erreur : ${problems} problèmes`));
    expect(lines.slice(1).every((line) => line.startsWith('  - '))).toBe(true);
    expect(lines).toHaveLength(problems + 1);
  }
  expect(text).toMatch(bad.message);
  expect(text.match(/Erreur/g)).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at |node:internal|file:\/\/|Erreur inattendue/);
  expect(text.replace(/« [^»]* »/g, '')).not.toMatch(ENGLISH);
}

function prepare(bad: BadFile, name: string): { dir: string; file: string; before: Buffer; listing: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'sb-fichier-'));
  const file = join(dir, name);
  writeFileSync(file, bad.bytes());
  return { dir, file, before: readFileSync(file), listing: readdirSync(dir).sort() };
}

function checkUntouched({ dir, file, before, listing }: ReturnType<typeof prepare>): void {
  expect(readFileSync(file).equals(before)).toBe(true);
  // Nothing written beside it either: no story, no lock, no temporary file.
  expect(readdirSync(dir).sort()).toEqual(listing);
}

// These runs are in-process (they take turns, even in describe.concurrent), beside the rest of
// the suite, so a run's time says little: here it only proves that nothing hangs. The 2 s
// promise is checked below on the built binary, one run at a time, on the heaviest files.
const record = (ms: number) => {
  runs += 1;
  slowest = Math.max(slowest, ms);
  expect(ms).toBeLessThan(15_000);
};

afterAll(() => {
  const files = PROJECT_FILES.length + CONTENT_FILES.length;
  console.log(
    `malformed files: ${files} files (${PROJECT_FILES.length} project × status, markers, clap, resume; ` +
      `${CONTENT_FILES.length} content × --content sequences, content check) = ${runs} runs, slowest ${Math.round(slowest)} ms`,
  );
});

describe.concurrent('a damaged project file: one French message, exit 1, file unchanged', () => {
  it.each(PROJECT_FILES)('$name', async (bad) => {
    const setup = prepare(bad, 'projet.storyboard.yaml');
    try {
      for (const args of [['status'], ['markers'], ['clap']]) {
        const result = await runTimed([...args, 'projet.storyboard.yaml'], setup.dir);
        record(result.ms);
        expect(result.status, `${args[0]}: ${result.stderr}`).toBe(1);
        expect(result.stdout).toBe('');
        checkMessage(result.stderr, bad);
        checkUntouched(setup);
      }
      // resume needs a terminal to get as far as reading the file: the screen is both streams.
      const resume = await runTimed(['resume', 'projet.storyboard.yaml'], setup.dir, { terminalColumns: 100 });
      const screen = resume.stdout + resume.stderr;
      record(resume.ms);
      expect(resume.status, screen).toBe(1);
      checkMessage(screen, bad);
      checkUntouched(setup);
    } finally {
      rmSync(setup.dir, { recursive: true, force: true });
    }
  });
});

describe.concurrent('a damaged content file: one French message, exit 1, file unchanged', () => {
  it.each(CONTENT_FILES)('$name', async (bad) => {
    const setup = prepare(bad, 'contenu.yaml');
    try {
      for (const args of [['--content', 'contenu.yaml', 'sequences'], ['content', 'check', 'contenu.yaml']]) {
        const result = await runTimed(args, setup.dir);
        record(result.ms);
        expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(1);
        expect(result.stdout).toBe('');
        checkMessage(result.stderr, bad);
        checkUntouched(setup);
      }
    } finally {
      rmSync(setup.dir, { recursive: true, force: true });
    }
  });
});

describe('files that look odd but are fine', () => {
  // Windows editors write a byte order mark and CRLF line endings: a person who opened their
  // project in Notepad must not lose it. Both are accepted, and the file is still not rewritten.
  const variants: [string, (text: string) => Buffer][] = [
    ['as written by storyboard', (text) => Buffer.from(text)],
    ['with a UTF-8 BOM', (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['with CRLF line endings', (text) => Buffer.from(text.replace(/\n/g, '\r\n'))],
    ['with a BOM and CRLF', (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))])],
  ];

  it.each(variants)('a project %s is read', async (_name, encode) => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-fichier-'));
    const file = join(dir, 'projet.storyboard.yaml');
    writeFileSync(file, encode(VALID_PROJECT));
    const before = readFileSync(file);
    const status = await runTimed(['status', 'projet.storyboard.yaml'], dir);
    expect(status.stderr).toBe('');
    expect(status.status).toBe(0);
    expect(status.stdout).toContain('Café des possibles — 2/');
    const markers = await runTimed(['markers', '--json', 'projet.storyboard.yaml'], dir);
    expect(markers.status).toBe(0);
    expect(markers.stdout).toContain('"question": "gouvernance-partagee.instances"');
    const clap = await runTimed(['clap', '--stdout', 'projet.storyboard.yaml'], dir);
    expect(clap.status).toBe(0);
    expect(clap.stdout).toContain('# Café des possibles');
    expect(clap.stdout).toContain('Les personnes âgées nous disaient leur');
    expect(clap.stdout).not.toMatch(/\r|\uFEFF/);
    expect(readFileSync(file).equals(before)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(variants)('a content file %s is read', async (_name, encode) => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-fichier-'));
    writeFileSync(join(dir, 'contenu.yaml'), encode(VALID_CONTENT));
    const check = await runTimed(['content', 'check', 'contenu.yaml'], dir);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout.replace(/\s+/g, ' ')).toContain('« contenu.yaml » est valide : 1 séquence puis le Clap, 2 questions, 1 marqueur');
    const sequences = await runTimed(['--content', 'contenu.yaml', 'sequences'], dir);
    expect(sequences.status).toBe(0);
    expect(sequences.stdout).toContain('1. Besoin collectif');
    expect(sequences.stdout).not.toMatch(/\r|\uFEFF/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a folder where the project should be is named as such', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-fichier-'));
    mkdirSync(join(dir, 'projet.storyboard.yaml'));
    for (const command of ['status', 'markers', 'clap']) {
      const result = await runTimed([command, 'projet.storyboard.yaml'], dir);
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe('Erreur : « projet.storyboard.yaml » est un dossier, pas un fichier');
    }
    expect(statSync(join(dir, 'projet.storyboard.yaml')).isDirectory()).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

// The shipped content must keep passing the checks the damaged ones fail.
it('the shipped content is valid', async () => {
  const result = await runTimed(['content', 'check', join(REPO, 'content/sequences.yaml')], REPO);
  expect(result.status).toBe(0);
});

describe('the heaviest damaged files, one at a time', () => {
  const heaviest = ['a 30 MB file', '5,000 nested mappings', 'an alias bomb'];
  it.each(PROJECT_FILES.filter((bad) => heaviest.includes(bad.name)))('$name: status answers in under 2 s', async (bad) => {
    const setup = prepare(bad, 'projet.storyboard.yaml');
    try {
      const result = await runCliAsync(['status', 'projet.storyboard.yaml'], setup.dir);
      expect(result.status).toBe(1);
      expect(result.ms).toBeLessThan(2_000);
    } finally {
      rmSync(setup.dir, { recursive: true, force: true });
    }
  });
});
