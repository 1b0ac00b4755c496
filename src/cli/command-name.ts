import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { packageFile } from './package-files.js';

let cached: string | undefined;

/**
 * How the person can run storyboard again from their shell, for the hints we print:
 * `storyboard` when that name on their PATH is this very program (installed with `npm install
 * -g` or `npm link`), `npx storyboard` otherwise, which is what the README's set-up
 * (`npm install && npx storyboard new`) gives them: `storyboard resume` would be « command
 * not found ». npx puts node_modules/.bin on the PATH of the program it runs, not of the
 * person's shell: those folders are not counted.
 */
export function commandName(env: NodeJS.ProcessEnv = process.env, self: string = packageFile('bin/storyboard.js')): string {
  if (cached !== undefined && env === process.env) return cached;
  const found = onPath(env, self);
  const name = found ? 'storyboard' : 'npx storyboard';
  if (env === process.env) cached = name;
  return name;
}

/** `storyboard resume`, `npx storyboard clap`…: a command as the person should type it. */
export function command(rest: string): string {
  return `${commandName()} ${rest}`;
}

function onPath(env: NodeJS.ProcessEnv, self: string): boolean {
  let target: string;
  try {
    target = realpathSync(self);
  } catch {
    return false;
  }
  const names = process.platform === 'win32' ? ['storyboard.cmd', 'storyboard.exe', 'storyboard'] : ['storyboard'];
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (folder === '' || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(folder)) continue;
    for (const name of names) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
      } catch {
        continue;
      }
      // The first `storyboard` on the PATH is the one the shell runs: this one, or another.
      if (process.platform === 'win32') return true;
      try {
        return realpathSync(candidate) === target;
      } catch {
        return false;
      }
    }
  }
  return false;
}
