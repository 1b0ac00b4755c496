import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessTerminal } from '../helpers/in-process-terminal.js';
import { KEYS } from '../helpers/pty.js';
import { runStoryboard } from '../helpers/run-in-process.js';

/**
 * Escape sequences and control characters typed into answers, project names or a content
 * file never reach the terminal as such (an answer holding ESC[2J does not clear the screen,
 * an OSC sequence does not retitle the window), and never reach the Markdown story raw.
 * In-process: a pipe, or a screen of 100 columns with the terminal's own prompts.
 */

const runHere = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => runStoryboard(args, { cwd, env });

// In YAML double quotes: \e is ESC, \a BEL, \b backspace, \x9b the one-byte CSI of C1.
const PAYLOAD_YAML = String.raw`\e[2J\e]0;titre-pirate\a\x9b31m\e[3J\ec bip\a retour\b\b\r efface`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the colours we write ourselves
const SGR = /\u001b\[[0-9;]*m/g;
/** What the payload would do to a terminal: clear, retitle, CSI, reset, ring, erase. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences is the point
const HOSTILE = /\u001b\[[23]J|\u001b\]|\u009b|\u001bc|\u0007|\u0008/;

/** Human output without any control character but line breaks (and our own colours, if asked). */
function expectInert(output: string, { colours = false } = {}): void {
  const text = colours ? output.replace(SGR, '') : output;
  const at = text.search(CONTROL);
  expect(at, `control character ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))}`).toBe(-1);
}

const HOSTILE_CONTENT = `format: 1
id: mini
version: "1${PAYLOAD_YAML}"
title: "Mini storyboard ${PAYLOAD_YAML}"
subtitle: "Sous-titre ${PAYLOAD_YAML}"
credits: "Crédits ${PAYLOAD_YAML}"
sequences:
  - id: besoin-collectif
    title: "Besoin collectif ${PAYLOAD_YAML}"
    intro: "Introduction ${PAYLOAD_YAML}"
    questions:
      - id: besoin-collectif.motivation
        text: "Qu'est-ce qui a motivé l'initiative ? ${PAYLOAD_YAML}"
        hint: "Aide ${PAYLOAD_YAML}"
    markers:
      - id: besoin
        label: "Répondre à un besoin ${PAYLOAD_YAML}"
        indicators: [besoin]
  - id: clap
    title: "Clap ${PAYLOAD_YAML}"
    intro: "Racontez ${PAYLOAD_YAML}"
    questions:
      - id: clap.histoire
        text: "Racontez votre histoire ! ${PAYLOAD_YAML}"
`;

// Written by hand, as a person (or a bad script) could: the content's id differs from the
// shipped one, so the « commencé avec le contenu … » line quotes it too.
const HOSTILE_PROJECT = `format: 1
content:
  id: "autre${PAYLOAD_YAML}"
  version: "9${PAYLOAD_YAML}"
project:
  name: "Café ${PAYLOAD_YAML}"
  structure: "Asso ${PAYLOAD_YAML}"
  contributors: ["Awa ${PAYLOAD_YAML}"]
created: 2024-05-02T10:00:00.000Z
updated: 2024-05-02T10:00:00.000Z
answers:
  besoin-collectif.motivation:
    text: "Un vrai besoin ${PAYLOAD_YAML} : les habitants du quartier décident en assemblée générale avec les bénévoles de l'association ${PAYLOAD_YAML}"
    answered: 2024-05-02T10:00:00.000Z
  clap.histoire:
    text: "Notre histoire ${PAYLOAD_YAML}\\n\\n# Faux titre ${PAYLOAD_YAML}"
    answered: 2024-05-02T10:00:00.000Z
drafts:
  clap.histoire:
    text: "Brouillon ${PAYLOAD_YAML}"
    saved: 2024-05-02T10:00:00.000Z
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-terminal-'));
  writeFileSync(join(dir, 'contenu.yaml'), HOSTILE_CONTENT);
  writeFileSync(join(dir, 'projet.storyboard.yaml'), HOSTILE_PROJECT);
  writeFileSync(join(dir, 'texte.txt'), `Les habitants du quartier ${'\u001b[2J\u001b]0;titre-pirate\u0007\u009b31m'} décident en assemblée générale ${'\u0008\u0008\r'} avec les bénévoles.`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile text in human output', () => {
  it.each([[false], [true]])('status (colours: %s)', async (colours) => {
    const env = colours ? { NO_COLOR: undefined, FORCE_COLOR: '1' } : {};
    const { status, stdout, stderr } = await runHere(['status', 'projet.storyboard.yaml'], dir, env);
    expect(status).toBe(0);
    // The words stay, only the control characters go.
    expect(stdout.replace(SGR, '')).toContain('Café [2J]0;titre-pirate31m[3Jc bip retour efface — 2/');
    expect(stdout).toContain('autre[2J');
    expectInert(stdout, { colours });
    expectInert(stderr, { colours });
  });

  it('status with a hostile content', async () => {
    const { status, stdout } = await runHere(['--content', 'contenu.yaml', 'status', 'projet.storyboard.yaml'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('Besoin collectif [2J]0;titre-pirate');
    expectInert(stdout);
  });

  it('markers on a text, and on a project', async () => {
    for (const file of ['texte.txt', 'projet.storyboard.yaml']) {
      const { status, stdout, stderr } = await runHere(['markers', file], dir);
      expect(status).toBe(0);
      expect(stdout).toContain('«');
      expectInert(stdout);
      expectInert(stderr);
    }
  });

  it('markers with a hostile content and a hand-written answers file', async () => {
    // No format: the answers alone are read, their keys as they are.
    writeFileSync(join(dir, 'brouillon.storyboard.yaml'), `answers:\n  "question\\e]0;titre-pirate\\a":\n    text: "un besoin ${PAYLOAD_YAML} partagé"\n`);
    const { status, stdout } = await runHere(['--content', 'contenu.yaml', 'markers', 'brouillon.storyboard.yaml'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('question]0;titre-pirate');
    expect(stdout).toContain('Besoin collectif [2J');
    expectInert(stdout);
  });

  it('sequences and content check with a hostile content', async () => {
    for (const colours of [false, true]) {
      const env = colours ? { NO_COLOR: undefined, FORCE_COLOR: '1' } : {};
      const sequences = await runHere(['--content', 'contenu.yaml', 'sequences'], dir, env);
      expect(sequences.status).toBe(0);
      expect(sequences.stdout.replace(SGR, '')).toContain('Mini storyboard [2J]0;titre-pirate31m[3Jc bip retour efface');
      expectInert(sequences.stdout, { colours });
      const check = await runHere(['content', 'check', 'contenu.yaml'], dir, env);
      expect(check.status).toBe(0);
      expect(check.stdout).toContain('version 1[2J');
      expectInert(check.stdout, { colours });
    }
  });

  it('clap: the Markdown file, stdout, and the messages', async () => {
    const written = await runHere(['clap', 'projet.storyboard.yaml'], dir);
    expect(written.status).toBe(0);
    expectInert(written.stderr);
    const markdown = readFileSync(join(dir, 'projet.story.md'), 'utf8');
    expect(markdown).toContain('Café \\[2J\\]0;titre-pirate31m\\[3Jc bip retour efface');
    expectInert(markdown);
    const out = await runHere(['--content', 'contenu.yaml', 'clap', '--stdout', 'projet.storyboard.yaml'], dir);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('## Besoin collectif \\[2J');
    expectInert(out.stdout);
  });
});

describe('hostile text on an interactive terminal', () => {
  it('clap --preview shows the story without the escape sequences', async () => {
    for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
      const term = new InProcessTerminal(['--content', 'contenu.yaml', 'clap', '--preview', 'projet.storyboard.yaml'], dir, { env });
      expect(await term.exited).toBe(0);
      expect(term.raw).toContain('titre-pirate');
      expect(term.raw).not.toMatch(HOSTILE);
    }
  });

});

/**
 * The prompts' screens: resume's overview (the content-mismatch line quotes the project
 * file), an answer offered again for editing, and new's welcome with the content's title.
 */
describe('hostile text on the interview screens', () => {
  let resume = '';
  let welcome = '';

  beforeAll(async () => {
    const term = new InProcessTerminal(['--content', 'contenu.yaml', 'resume', 'projet.storyboard.yaml'], dir);
    try {
      await term.waitFor('Que voulez-vous faire');
      // Everything is answered: the first choice is « Revoir une séquence », then the first
      // séquence, whose answer is offered for editing.
      term.press(KEYS.enter);
      await term.waitFor('Quelle séquence revoir');
      term.press(KEYS.enter);
      await term.waitFor('Un vrai besoin');
      term.press(KEYS.ctrlC);
      expect(await term.exited).toBe(130);
    } finally {
      await term.end();
    }
    resume = term.raw;

    const fresh = mkdtempSync(join(tmpdir(), 'sb-terminal-'));
    writeFileSync(join(fresh, 'contenu.yaml'), HOSTILE_CONTENT);
    const started = new InProcessTerminal(['--content', 'contenu.yaml', 'new'], fresh);
    try {
      await started.waitFor('Mini storyboard');
      await started.waitFor('Nom du projet');
      started.press(KEYS.ctrlC);
      await started.exited;
    } finally {
      await started.end();
      rmSync(fresh, { recursive: true, force: true });
    }
    welcome = started.raw;
  }, 30_000);

  it('resume: the project name, the séquence titles and the menu are inert', () => {
    const overview = resume.slice(0, resume.indexOf('Ce projet a été commencé'));
    expect(overview).toContain('Café [2J]0;titre-pirate31m[3Jc bip retour efface — 2/2 questions répondues');
    expect(overview).toContain('Clap [2J]0;titre-pirate31m[3Jc bip retour efface — ✓ complète');
    expect(overview).not.toMatch(HOSTILE);
    const menu = resume.slice(resume.indexOf('Que voulez-vous faire'), resume.indexOf('Un vrai besoin'));
    expect(menu).toContain('Qu\'est-ce qui a motivé l\'initiative ? [2J]0;titre-pirate');
    expect(menu).not.toMatch(HOSTILE);
    // The answer is still in the file, whole: neutralising is for the screen only.
    expect(readFileSync(join(dir, 'projet.storyboard.yaml'), 'utf8')).toBe(HOSTILE_PROJECT);
  });

  it('resume: the content-mismatch line and the answer offered for editing are inert', () => {
    expect(resume).toContain('titre-pirate');
    expect(resume).not.toMatch(HOSTILE);
  });

  it("new: the welcome screen shows a hostile content's title inertly", () => {
    expect(welcome).toContain('titre-pirate');
    expect(welcome).not.toMatch(HOSTILE);
  });
});

describe('error messages that quote what the person wrote', () => {
  const cases: [string, string[], (cwd: string) => void, RegExp][] = [
    ['a file name', ['status', 'pirate\u001b]0;titre-pirate\u0007\u001b[2J.storyboard.yaml'], () => {}, /« pirate\]0;titre-pirate\[2J\.storyboard\.yaml » est introuvable/],
    ['a content key', ['content', 'check', 'cle.yaml'], (cwd) => writeFileSync(join(cwd, 'cle.yaml'), HOSTILE_CONTENT.replace('credits:', '"cle\\e[2J\\e]0;titre-pirate\\a": 1\ncredits:')), /clé inconnue « cle\[2J\]0;titre-pirate »/],
    ['a key with a line break', ['content', 'check', 'cle.yaml'], (cwd) => writeFileSync(join(cwd, 'cle.yaml'), HOSTILE_CONTENT.replace('credits:', '"deux\\nlignes\\r\\x9b": 1\ncredits:')), /clé inconnue « deux lignes »/],
    ['an answers file question', ['new', '--answers', 'reponses.yaml'], (cwd) => writeFileSync(join(cwd, 'reponses.yaml'), 'project: {name: X}\nanswers:\n  "besoin-collectif.x\\e[2J\\a": oui\n'), /besoin-collectif\.x\[2J/],
    ['an option', ['status', '--pirate\u001b[2J\u0007'], () => {}, /option inconnue « --pirate\[2J »/],
    ['a command', ['pirate\u001b]0;titre\u0007'], () => {}, /commande inconnue « pirate\]0;titre »/],
  ];

  it.each(cases)('%s', async (_name, args, setup, message) => {
    const cwd = mkdtempSync(join(tmpdir(), 'sb-terminal-'));
    setup(cwd);
    for (const colours of [false, true]) {
      const env = colours ? { NO_COLOR: undefined, FORCE_COLOR: '1' } : {};
      const { status, stderr } = await runHere(args, cwd, env);
      expect(status).not.toBe(0);
      expect(stderr.replace(SGR, '')).toMatch(message);
      expectInert(stderr.replace(/\n/g, ' '), { colours });
      expect(stderr.replace(SGR, '')).toMatch(/^Erreur : /);
    }
    rmSync(cwd, { recursive: true, force: true });
  });
});
