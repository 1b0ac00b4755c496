import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../src/sequences/index.js';
import { KEYS, TerminalSession } from '../helpers/pty.js';
import { REPO } from '../helpers/run-cli.js';
import { runStoryboard } from '../helpers/run-in-process.js';

/** A small disk of its own (tmpfs), which needs the right to mount: skipped without it. */
const MOUNT = mkdtempSync(join(tmpdir(), 'storyboard-full-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', MOUNT], { stdio: 'ignore' });
  mounted = true;
} catch {
  // Not allowed here.
}
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', MOUNT], { stdio: 'ignore' });
  rmSync(MOUNT, { recursive: true, force: true });
});

describe('a full disk during resume', () => {
  it.skipIf(!mounted)('keeps the answer typed in the prompt, says how to free space, and saves it once there is room', async () => {
    const made = mkdtempSync(join(tmpdir(), 'storyboard-full-src-'));
    expect((await runStoryboard(['new', '--answers', join(REPO, 'test/fixtures/answers-cafe.yaml'), '--file', 'cafe.storyboard.yaml'], { cwd: made })).status).toBe(0);
    copyFileSync(join(made, 'cafe.storyboard.yaml'), join(MOUNT, 'cafe.storyboard.yaml'));
    const session = new TerminalSession(['resume', 'cafe.storyboard.yaml'], MOUNT);
    try {
      await session.waitFor('Que voulez-vous faire ?');
      session.press(KEYS.enter);
      await session.waitFor('Une envie ? Un besoin ?');
      // Fill the disk to its last byte.
      try {
        writeFileSync(join(MOUNT, 'remplissage'), Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC: full, as wanted.
      }
      let at = session.text.length;
      await session.type('Un besoin partagé par tout le village.');
      session.press(KEYS.ctrlD);
      at = await session.waitFor('le disque est plein', at);
      await session.waitFor('libérez de la place', at);
      // The same question again, with the answer in it.
      await session.waitFor('Une envie ? Un besoin ?', at);
      await session.waitFor('Un besoin partagé par tout le village.', at);
      expect(parseProject(readFileSync(join(MOUNT, 'cafe.storyboard.yaml'), 'utf8')).answers['besoin-collectif.envie-besoin']).toBeUndefined();

      rmSync(join(MOUNT, 'remplissage'));
      at = session.text.length;
      session.press(KEYS.ctrlD);
      await session.waitFor('Ces éléments sont-ils partagés', at);
      session.press(KEYS.ctrlC);
      expect(await session.exited).toBe(130);
      const saved = parseProject(readFileSync(join(MOUNT, 'cafe.storyboard.yaml'), 'utf8'));
      expect(saved.answers['besoin-collectif.envie-besoin']?.text).toBe('Un besoin partagé par tout le village.');
    } finally {
      session.kill('SIGKILL');
    }
  }, 40_000);
});
