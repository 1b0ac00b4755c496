import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';
import { answer, choose, interrupt, script } from '../helpers/scripted-prompts.js';

// Two sessions on one project, both in this process: the second is started from the first's
// prompt, while the first holds the lock. A lock names its process; this one is alive, as a
// second storyboard on the same machine would find it. The sessions that must be killed or
// stopped are in test/e2e/one-writer.test.ts.

const ANSWERS = join(REPO, 'test/fixtures/answers-cafe.yaml');
const SCREEN = { terminalColumns: 100 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function project(): Promise<{ cwd: string; path: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-lock-'));
  expect((await runStoryboard(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd })).status).toBe(0);
  return { cwd, path: join(cwd, 'cafe.storyboard.yaml') };
}

describe('one writer per project', () => {
  it('leaves no lock behind a session that lasted past a few refreshes, so the next one opens at once', async () => {
    const { cwd, path } = await project();
    const first = await runStoryboard(['resume', 'cafe.storyboard.yaml'], {
      cwd,
      ...SCREEN,
      prompts: script(
        choose(async () => {
          // The lock is refreshed every 2 s: a refresh must not give it up as someone else's.
          await sleep(5_000);
          expect(existsSync(`${path}.lock`)).toBe(true);
          return 'quit';
        }),
      ),
    });
    expect(first.status).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
    const second = await runStoryboard(['resume', 'cafe.storyboard.yaml'], { cwd, ...SCREEN, prompts: script(interrupt()) });
    expect(second.status).toBe(130);
    expect(second.stderr).toContain('Interrompu : rien n’a été modifié.');
  }, 20_000);

  it('refuses a second session naming the first, and new --answers too, the file untouched', async () => {
    const { cwd, path } = await project();
    const before = readFileSync(path);
    const first = await runStoryboard(['resume', 'cafe.storyboard.yaml'], {
      cwd,
      ...SCREEN,
      prompts: script(
        choose(async () => {
          const second = await runStoryboard(['resume', 'cafe.storyboard.yaml'], { cwd, ...SCREEN, prompts: script() });
          expect(second.status).toBe(1);
          expect(second.stderr.replace(/\s+/g, ' ')).toMatch(
            new RegExp(`est déjà ouvert par « storyboard resume » \\(processus ${process.pid} sur .+, depuis \\d\\d:\\d\\d\\)`),
          );
          const scripted = await runStoryboard(['new', '--answers', ANSWERS, '--file', 'cafe.storyboard.yaml'], { cwd });
          expect(scripted.status).toBe(1);
          expect(scripted.stderr).toContain('est déjà ouvert par « storyboard resume »');
          return 'quit';
        }),
      ),
    });
    expect(first.status).toBe(0);
    expect(readFileSync(path)).toEqual(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('stops saving, and keeps its answers beside the project, once another session holds the lock', async () => {
    const { cwd, path } = await project();
    const before = readFileSync(path, 'utf8');
    const first = await runStoryboard(['resume', 'cafe.storyboard.yaml'], {
      cwd,
      ...SCREEN,
      prompts: script(
        choose('continue'),
        answer(() => {
          // Another machine's session took the project over (as a shared folder allows).
          rmSync(`${path}.lock`, { recursive: true });
          mkdirSync(`${path}.lock`);
          writeFileSync(
            join(`${path}.lock`, 'owner.json'),
            JSON.stringify({ command: 'resume', pid: 4242, host: 'autre-poste', since: new Date().toISOString(), token: 'other' }),
          );
          return 'Un besoin partagé.';
        }),
      ),
    });
    expect(first.status).toBe(1);
    const told = first.stderr.replace(/\s+/g, ' ');
    expect(told).toContain('a été ouvert par « storyboard resume » (processus 4242 sur autre-poste');
    expect(told).toContain("cette session n'enregistre plus rien");
    expect(first.stderr).not.toContain('Erreur inattendue');
    expect(readFileSync(path, 'utf8')).toBe(before);
    const copies = readdirSync(cwd).filter((name) => name.startsWith('cafe.reponses-non-enregistrees-'));
    expect(copies).toHaveLength(1);
    const kept = parseProject(readFileSync(join(cwd, copies[0] as string), 'utf8'));
    expect(kept.answers['besoin-collectif.envie-besoin']?.text).toBe('Un besoin partagé.');
    // The other session's lock is left alone.
    expect(JSON.parse(readFileSync(join(`${path}.lock`, 'owner.json'), 'utf8')).host).toBe('autre-poste');
  });
});

describe('a change made to the project during a session', () => {
  it('is merged with the answers typed in the session, and a conflicting answer is kept beside it', async () => {
    const { cwd, path } = await project();
    let edited = '';
    const prompts = script(
      choose('continue'),
      answer(() => {
        // By hand, in an editor: a new answer, another answer changed, the territory corrected.
        edited = readFileSync(path, 'utf8')
          .replace('territory: Communauté de communes du Haut-Pays', 'territory: Haut-Pays')
          .replace('Les habitants du village et des communes voisines, de tous âges.', 'Tous les habitants.')
          .replace(
            /\nanswers:\n/,
            '\nanswers:\n  besoin-collectif.partage:\n    text: Oui, par la mairie.\n    answered: 2026-01-01T10:00:00.000Z\n  besoin-collectif.envie-besoin:\n    text: Une envie écrite à la main.\n    answered: 2026-01-01T10:00:00.000Z\n',
          );
        writeFileSync(path, edited);
        return 'Un besoin partagé.';
      }),
      interrupt(),
    );
    const session = await runStoryboard(['resume', 'cafe.storyboard.yaml'], { cwd, ...SCREEN, prompts });
    expect(session.status).toBe(130);
    expect(session.stderr).toContain('a été modifié en dehors de cette session');
    expect(session.stderr).toContain('besoin-collectif.envie-besoin');
    // The answer written by hand to the next question is taken as given: the walk goes past it.
    expect(prompts.asked.filter((asked) => asked.startsWith('question'))).toEqual(['question besoin-collectif.envie-besoin', 'question beneficiaires.directs']);

    const saved = parseProject(readFileSync(path, 'utf8'));
    expect(saved.project.territory).toBe('Haut-Pays');
    expect(saved.answers['beneficiaires.qui']?.text).toBe('Tous les habitants.');
    expect(saved.answers['besoin-collectif.envie-besoin']?.text).toBe('Un besoin partagé.');
    expect(saved.answers['besoin-collectif.partage']?.text).toBe('Oui, par la mairie.');
    const copies = readdirSync(cwd).filter((name) => name.startsWith('cafe.autre-version-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(cwd, copies[0] as string), 'utf8')).toBe(edited);
  });
});
