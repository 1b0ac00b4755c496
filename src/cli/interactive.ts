import { StoryboardError } from '../sequences/errors.js';
import { command } from './command-name.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * Prompts need a person at a terminal. Without one (a pipe, CI, cron), stop at once with a
 * clear message instead of waiting for keys that will never come.
 */
export function requireTerminal(io: Io, name: string): void {
  if (io.stdin.isTTY && io.stdout.isTTY) return;
  throw new StoryboardError(
    {
      message:
        `cette commande (storyboard ${name}) pose des questions et a besoin d'un terminal interactif. ` +
        `Pour un script, utilisez « ${command('new --answers reponses.yaml')} » ; pour voir où en est un projet, « ${command('status')} ».`,
    },
    undefined,
    EXIT.usage,
  );
}
