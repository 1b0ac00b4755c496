import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_CONTENT } from '../helpers/mini-content.js';
import { type CliResult, REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';
import { interrupt, script } from '../helpers/scripted-prompts.js';

const ANSWERS = join(REPO, 'test/fixtures/answers-cafe.yaml');

async function project(): Promise<{ cwd: string; path: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-files-'));
  expect((await runStoryboard(['new', '--answers', ANSWERS, '--file', 'q.storyboard.yaml'], { cwd })).status).toBe(0);
  return { cwd, path: join(cwd, 'q.storyboard.yaml') };
}

/** One French sentence on stderr, exit 1, never the unexpected-error wording. */
function expectRefused(result: CliResult, pattern: RegExp): void {
  expect(result.stderr).toMatch(pattern);
  expect(result.status).toBe(1);
  expect(result.stderr).not.toContain('Erreur inattendue');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

describe('writes never follow a link', () => {
  it('clap -o through a link to the project, to a file outside, or to a non-Markdown file replaces nothing', async () => {
    const { cwd, path } = await project();
    const before = readFileSync(path, 'utf8');
    const outside = mkdtempSync(join(tmpdir(), 'storyboard-outside-'));
    writeFileSync(join(outside, 'secret.md'), 'à moi');
    writeFileSync(join(cwd, 'notes.txt'), 'mes notes');
    symlinkSync('q.storyboard.yaml', join(cwd, 's.md'));
    symlinkSync(join(outside, 'secret.md'), join(cwd, 'q.story.md'));
    symlinkSync('notes.txt', join(cwd, 'l.md'));

    expectRefused(await runStoryboard(['clap', 'q.storyboard.yaml', '-o', 's.md'], { cwd }), /« s\.md » est un lien symbolique/);
    expectRefused(await runStoryboard(['clap', 'q.storyboard.yaml'], { cwd }), /« q\.story\.md » est un lien symbolique/);
    expectRefused(await runStoryboard(['clap', 'q.storyboard.yaml', '-o', 'l.md'], { cwd }), /« l\.md » est un lien symbolique/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readFileSync(join(outside, 'secret.md'), 'utf8')).toBe('à moi');
    expect(readFileSync(join(cwd, 'notes.txt'), 'utf8')).toBe('mes notes');
  });

  it('a hard link to the project is not replaced by the story, and « -o - » writes to standard output', async () => {
    const { cwd, path } = await project();
    const before = readFileSync(path, 'utf8');
    execFileSync('ln', [path, join(cwd, 'h.md')]);
    expectRefused(await runStoryboard(['clap', 'q.storyboard.yaml', '-o', 'h.md'], { cwd }), /est un fichier projet : le récit ne l'écrase pas/);
    expect(readFileSync(path, 'utf8')).toBe(before);

    const dash = await runStoryboard(['clap', 'q.storyboard.yaml', '-o', '-'], { cwd });
    expect(dash.status).toBe(0);
    expect(dash.stdout).toContain('# Café des possibles');
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });

  it('resume writes nothing through a planted link, refuses a read-only project, and sweeps leftovers of killed writes', async () => {
    const { cwd, path } = await project();
    writeFileSync(join(cwd, 'victim.txt'), 'intact');
    symlinkSync('victim.txt', join(cwd, '.q.storyboard.yaml.session.json'));
    writeFileSync(join(cwd, '.q.storyboard.yaml.999999-dead.tmp'), 'reste');

    const prompts = script(interrupt());
    const session = await runStoryboard(['resume', 'q.storyboard.yaml'], { cwd, terminalColumns: 100, prompts });
    expect(session.status).toBe(130);
    expect(prompts.asked[0]).toMatch(/^choose: Que voulez-vous faire \?/);
    expect(readFileSync(join(cwd, 'victim.txt'), 'utf8')).toBe('intact');
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    chmodSync(path, 0o444);
    const before = readFileSync(path, 'utf8');
    const readOnly = await runStoryboard(['resume', 'q.storyboard.yaml'], { cwd, terminalColumns: 100, prompts: script() });
    expect(readOnly.status).toBe(1);
    expect(readOnly.stderr.replace(/\s+/g, ' ')).toContain('est en lecture seule : storyboard ne le modifie pas');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('every input is bounded', () => {
  it('a FIFO or /dev/zero is refused at once, whatever the command', async () => {
    const { cwd } = await project();
    execFileSync('mkfifo', [join(cwd, 'tube')]);
    for (const args of [['status', 'tube'], ['content', 'check', 'tube'], ['new', '--answers', 'tube'], ['clap', 'q.storyboard.yaml', '--template', 'tube', '--stdout'], ['status', '/dev/zero'], ['markers', '/dev/zero']]) {
      expectRefused(await runStoryboard(args, { cwd }), /n'est pas un fichier ordinaire/);
    }
  });

  it('a file of 150,000 flat keys is read in linear time (the runner stops a run after 15 s)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-keys-'));
    const lines: string[] = [];
    for (let n = 0; n < 150_000; n++) lines.push(`k${n}: 1`);
    writeFileSync(join(cwd, 'flat.storyboard.yaml'), `${lines.join('\n')}\nk7: 2\n`);
    const result = await runStoryboard(['status', 'flat.storyboard.yaml'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('flat.storyboard.yaml:150001:1 cette clé apparaît deux fois au même niveau');
  });

  it('an indicator whose matching could explode is refused by content check, with its line and column', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'storyboard-indicator-'));
    const evil = `"hab* ${'hab*? '.repeat(10)}~99 zzz"`;
    writeFileSync(join(cwd, 'contenu.yaml'), MINI_CONTENT.replace('indicators: [besoin]', `indicators: [besoin, ${evil}]`));
    const result = await runStoryboard(['content', 'check', 'contenu.yaml'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/contenu\.yaml:\d+:\d+ .*combine trop de mots facultatifs \(\?\) et d'écarts/);
    expect(result.stderr).not.toContain('Erreur inattendue');
  });

  it('a template is bounded in nesting and in output', async () => {
    const { cwd } = await project();
    writeFileSync(join(cwd, 'bombe.mustache'), `${'{{#sequences}}x'.repeat(8)}${'{{/sequences}}'.repeat(8)}`);
    writeFileSync(join(cwd, 'profond.mustache'), `${'{{#a}}'.repeat(20_000)}${'{{/a}}'.repeat(20_000)}`);
    expectRefused(await runStoryboard(['clap', 'q.storyboard.yaml', '--template', 'bombe.mustache', '--stdout'], { cwd }), /le modèle produit un récit démesuré/);
    expectRefused(await runStoryboard(['clap', 'q.storyboard.yaml', '--template', 'profond.mustache', '--stdout'], { cwd }), /modèle trop imbriqué : plus de 32 sections/);
  });

  it('paths that cannot be read get their own sentence', async () => {
    const { cwd } = await project();
    symlinkSync('boucle-b', join(cwd, 'boucle-a'));
    symlinkSync('boucle-a', join(cwd, 'boucle-b'));
    const long = `${'a'.repeat(300)}.storyboard.yaml`;
    expectRefused(await runStoryboard(['status', 'q.storyboard.yaml/x.yaml'], { cwd }), /une partie du chemin est un fichier, pas un dossier/);
    expectRefused(await runStoryboard(['status', 'boucle-a'], { cwd }), /liens symboliques qui tournent en rond/);
    expectRefused(await runStoryboard(['status', long], { cwd }), /le nom est trop long/);
    expectRefused(await runStoryboard(['new', '--answers', ANSWERS, '--file', long], { cwd }), /le nom est trop long/);
    expectRefused(await runStoryboard(['clap', 'q.storyboard.yaml', '-o', `${'b'.repeat(300)}.md`], { cwd }), /le nom est trop long/);
    expectRefused(await runStoryboard(['status', '/proc/self/mem'], { cwd }), /impossible de lire|n'est pas un fichier/i);
  });
});
