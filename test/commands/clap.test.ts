import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

const COMPLETE = join(REPO, 'test/fixtures/story/complete.yaml');
const UNFINISHED = join(REPO, 'test/fixtures/story/unfinished.yaml');
// The story's date comes from SOURCE_DATE_EPOCH when set: 2024-05-02.
const ENV = { SOURCE_DATE_EPOCH: '1714644000' };
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape codes is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const tempDir = () => mkdtempSync(join(tmpdir(), 'storyboard-clap-'));

/** A project made with `new --answers`, in a fresh folder. */
async function projectFrom(answers: string, file = 'projet.storyboard.yaml'): Promise<{ cwd: string; file: string }> {
  const cwd = tempDir();
  const created = await runStoryboard(['new', '--answers', answers, '--file', file], { cwd });
  expect(created.status).toBe(0);
  return { cwd, file };
}

function outline(markdown: string): { tokens: Token[]; headings: string[] } {
  const tokens = Lexer.lex(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const all: Token[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (typeof (value as { type?: unknown }).type === 'string') all.push(value as Token);
    for (const [key, child] of Object.entries(value)) if (key !== 'raw' && key !== 'text') visit(child);
  };
  visit(tokens);
  const headings = tokens
    .filter((token) => token.type === 'heading')
    .map((token) => `${(token as { depth: number }).depth} ${(token as { text: string }).text}`);
  return { tokens: all, headings };
}

const HOSTILE_ANSWERS = {
  project: { name: 'Projet <b>piégé</b> # {{ title }}', structure: '{% raw %}', contributors: ['[x](javascript:alert(1))'] },
  answers: {
    'besoin-collectif.motivation': '# Titre pirate\n---\n<script>alert(1)</script>',
    'beneficiaires.qui': '```\nfence jamais fermée',
    'multi-partenariat.acteurs': '[clic](javascript:alert(1)) <javascript:alert(1)>',
    'gouvernance-partagee.instances': '{{ frontMatter }} {{#sequences}}x{{/sequences}} {% for x in y %}',
    'ressources-hybrides.financements': '\u001b[2J\u001b]0;pirate\u0007 effacé\n| a | b |\n|---|---|',
    'accessibilite.moyens': `${'très long '.repeat(1000)}🎉\n1. un\n2. deux\n> citation`,
    'clap.histoire': 'Intro.\n\n---\ntitle: pirate\n---\n\n<!-- commentaire -->',
  },
};

describe('storyboard clap', () => {
  it('prints the story of a complete project with --stdout: front matter, every séquence, markers, pistes', async () => {
    const { cwd, file } = await projectFrom(COMPLETE);
    const { status, stdout, stderr } = await runStoryboard(['clap', file, '--stdout'], { cwd, env: ENV });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: "La Fabrique des Deux Rives"\n[\s\S]*\ndate: "2024-05-02"\nlang: "fr"\n---\n/);
    const { headings } = outline(stdout);
    expect(headings.filter((heading) => heading.startsWith('1 '))).toEqual(['1 La Fabrique des Deux Rives']);
    expect(headings.filter((heading) => heading.startsWith('2 '))).toHaveLength(13);
    expect(headings).toContain("2 Les marqueurs de l'innovation sociale");
    expect(headings).toContain('3 Pistes pour aller plus loin');
    expect(stdout).toMatch(/storyboard suggère \*\*\d+ des 11\*\* familles de marqueurs/);
    expect(stdout).not.toContain('À compléter');
    expect(stdout).not.toMatch(CONTROL);
  });

  it('gives a hostile project the same structure, with no HTML, no escape code and no javascript: link', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'hostile.yaml'), stringify(HOSTILE_ANSWERS));
    const hostile = await projectFrom(join(cwd, 'hostile.yaml'));
    const complete = await projectFrom(COMPLETE);
    const bad = await runStoryboard(['clap', hostile.file, '--stdout'], { cwd: hostile.cwd, env: ENV });
    const good = await runStoryboard(['clap', complete.file, '--stdout'], { cwd: complete.cwd, env: ENV });
    expect(bad.status).toBe(0);
    const badOutline = outline(bad.stdout);
    const level = (headings: string[], depth: string) => headings.filter((heading) => heading.startsWith(depth)).map((heading) => heading.slice(2));
    expect(level(badOutline.headings, '2 ')).toEqual(level(outline(good.stdout).headings, '2 '));
    expect(level(badOutline.headings, '1 ')).toHaveLength(1);
    expect(badOutline.tokens.filter((token) => token.type === 'html')).toEqual([]);
    expect(badOutline.tokens.filter((token) => token.type === 'link' && /javascript:/i.test((token as { href: string }).href))).toEqual([]);
    expect(badOutline.tokens.filter((token) => token.type === 'code')).toHaveLength(1);
    expect(bad.stdout).not.toMatch(CONTROL);
    expect(bad.stdout).toContain('{{ frontMatter }}');
    expect(bad.stdout).toMatch(/^---\ntitle: "Projet \\\\<b>piégé\\\\<\/b> \\\\# {{ title }}"\n/);
  });

  it('writes <projet>.story.md next to the project by default and says where', async () => {
    const { cwd } = await projectFrom(UNFINISHED, 'cafe.storyboard.yaml');
    const { status, stdout, stderr } = await runStoryboard(['clap'], { cwd, env: ENV });
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('Récit écrit : cafe.story.md');
    expect(stderr).toContain('Projet en cours (4/31 questions)');
    const written = readFileSync(join(cwd, 'cafe.story.md'), 'utf8');
    // The same story, and its fingerprint as a last line that Markdown readers do not show.
    expect(written).toMatch(/\n\[\/\/\]: # "storyboard-empreinte sha256-[0-9a-f]{64}"\n$/);
    expect(written.replace(/\n\[\/\/\]: # .*\n$/, '')).toBe((await runStoryboard(['clap', '--stdout'], { cwd, env: ENV })).stdout);
    expect(written).toContain('*À compléter.*');
  });

  it('writes where -o says, and never over a project file', async () => {
    const { cwd, file } = await projectFrom(UNFINISHED);
    expect((await runStoryboard(['clap', file, '-o', 'histoire.md'], { cwd, env: ENV })).status).toBe(0);
    expect(readFileSync(join(cwd, 'histoire.md'), 'utf8')).toContain('# Café des possibles');
    const before = readFileSync(join(cwd, file), 'utf8');
    const refused = await runStoryboard(['clap', file, '-o', file], { cwd, env: ENV });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('est un fichier projet');
    expect(readFileSync(join(cwd, file), 'utf8')).toBe(before);
  });

  it('shows the group\u2019s repérage, and only it with --no-suggestions', async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'reponses.yaml'),
      `${readFileSync(COMPLETE, 'utf8')}reperage:\n  - { family: gouvernance-partagee, decision: confirmed }\n  - { family: rupture, decision: rejected }\n`,
    );
    expect((await runStoryboard(['new', '--answers', 'reponses.yaml', '--file', 'projet.storyboard.yaml'], { cwd })).status).toBe(0);
    const kept = (await runStoryboard(['clap', '--stdout'], { cwd, env: ENV })).stdout;
    expect(kept).toContain('Marqueur reconnu par le groupe\u00A0: Gouvernance partagée.');
    expect(kept).toContain('Suggestion');
    expect(kept).toMatch(/\| × Rupture contextualisée \| écartée par le groupe \|/);
    const dropped = (await runStoryboard(['clap', '--stdout', '--no-suggestions'], { cwd, env: ENV })).stdout;
    expect(dropped).toContain('Marqueur reconnu par le groupe\u00A0: Gouvernance partagée.');
    expect(dropped).not.toContain('Suggestion');
    expect(dropped).not.toContain('suggérée par storyboard');
    const written = await runStoryboard(['clap'], { cwd, env: ENV });
    expect(written.stderr).toMatch(/Récit écrit : projet\.story\.md \(le groupe reconnaît 1 des 11 familles de marqueurs, storyboard en suggère \d+ autres\)/);
  });

  it('keeps a story edited by hand, and replaces it with --force, keeping a .bak', async () => {
    const { cwd } = await projectFrom(UNFINISHED, 'cafe.storyboard.yaml');
    const story = join(cwd, 'cafe.story.md');
    expect((await runStoryboard(['clap'], { cwd, env: ENV })).status).toBe(0);
    // Untouched: written again freely, e.g. the next day.
    expect((await runStoryboard(['clap'], { cwd, env: { SOURCE_DATE_EPOCH: '1714730400' } })).status).toBe(0);
    expect(readFileSync(story, 'utf8')).toContain('3 mai 2024');

    const edited = readFileSync(story, 'utf8').replace('# Café des possibles', '# Café des possibles\n\nUn mot ajouté à la main.');
    writeFileSync(story, edited);
    const refused = await runStoryboard(['clap'], { cwd, env: ENV });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('« cafe.story.md » a été modifié depuis le dernier clap : il est gardé tel quel');
    expect(refused.stderr).toContain('storyboard clap --force');
    expect(readFileSync(story, 'utf8')).toBe(edited);

    const forced = await runStoryboard(['clap', '--force'], { cwd, env: ENV });
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('gardée dans cafe.story.md.bak');
    expect(readFileSync(`${story}.bak`, 'utf8')).toBe(edited);
    expect(readFileSync(story, 'utf8')).not.toContain('Un mot ajouté');

    // A second hand edit never replaces the first copy.
    writeFileSync(story, 'Tout réécrit.\n');
    expect((await runStoryboard(['clap', '--force'], { cwd, env: ENV })).stderr).toContain('cafe.story.md.2.bak');
    expect(readFileSync(`${story}.bak`, 'utf8')).toBe(edited);
    expect(readFileSync(`${story}.2.bak`, 'utf8')).toBe('Tout réécrit.\n');
  });

  it('refuses --stdout together with -o (usage, exit 2)', async () => {
    const { cwd, file } = await projectFrom(UNFINISHED);
    const { status, stderr } = await runStoryboard(['clap', file, '--stdout', '-o', 'x.md'], { cwd });
    expect(status).toBe(2);
    expect(stderr).toContain('Choisissez entre « --stdout »');
    expect(existsSync(join(cwd, 'x.md'))).toBe(false);
  });

  it("uses a facilitator's template", async () => {
    const { cwd, file } = await projectFrom(UNFINISHED);
    writeFileSync(join(cwd, 'modele.md.mustache'), '# {{project.name}}\n\nMarqueurs : {{markers.count}}\n{{#sequences}}{{#empty}}- {{title}} : à compléter\n{{/empty}}{{/sequences}}');
    const { status, stdout } = await runStoryboard(['clap', file, '--stdout', '--template', 'modele.md.mustache'], { cwd, env: ENV });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Café des possibles\n\nMarqueurs : \d+\/11\n- Le multi-partenariat : à compléter\n/);
  });

  it('explains a broken template in French, with its line and column', async () => {
    const { cwd, file } = await projectFrom(UNFINISHED);
    writeFileSync(join(cwd, 'casse.mustache'), '# {{title}}\n{{#sequences}}\n## {{title}}\n');
    const { status, stdout, stderr } = await runStoryboard(['clap', file, '--stdout', '--template', 'casse.mustache'], { cwd, env: ENV });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('casse.mustache:2:1');
    expect(stderr).toContain('la section « {{#sequences}} » n\u2019est jamais fermée');
  });

  it('--preview without a terminal prints the plain Markdown', async () => {
    const { cwd, file } = await projectFrom(UNFINISHED);
    const preview = await runStoryboard(['clap', file, '--preview'], { cwd, env: ENV });
    expect(preview.status).toBe(0);
    expect(preview.stdout).toBe((await runStoryboard(['clap', file, '--stdout'], { cwd, env: ENV })).stdout);
    expect(existsSync(join(cwd, 'projet.story.md'))).toBe(false);
  });
});
