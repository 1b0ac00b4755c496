import { spawn } from 'node:child_process';
import type { Io } from './io.js';
import { plainMode } from './plain.js';

/**
 * Shows a long text through the person's pager, as git does: $PAGER, else `less -R` (colours
 * kept), with LESS=FRX when the person has not set LESS (quit at once if the text fits on
 * one screen, leave it on screen afterwards). In plain mode, or when no pager can be started,
 * the text is simply written out.
 */
export async function page(text: string, io: Io): Promise<void> {
  const { env } = io;
  const pager = env.PAGER === undefined ? 'less -R' : env.PAGER.trim();
  if (pager === '' || pager === 'cat' || plainMode(io)) {
    io.stdout.write(text);
    return;
  }
  const started = await new Promise<boolean>((resolve) => {
    // The pager takes the terminal itself: it is only started when stdout is one.
    const child = spawn('/bin/sh', ['-c', pager], {
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' },
    });
    child.once('error', () => resolve(false));
    // The pager may be quit before it has read everything: not an error.
    child.stdin.on('error', () => {});
    child.once('exit', (code) => resolve(code !== 127));
    child.stdin.end(text);
  });
  if (!started) io.stdout.write(text);
}
