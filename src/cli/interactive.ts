import { StoryboardError } from '../sequences/errors.js';
import { EXIT } from './exit-codes.js';

/**
 * Prompts need a person at a terminal. Without one (a pipe, CI, cron), stop at once with a
 * clear message instead of waiting for keys that will never come.
 */
export function requireTerminal(command: string): void {
  if (process.stdin.isTTY && process.stdout.isTTY) return;
  throw new StoryboardError(
    {
      message:
        `cette commande (storyboard ${command}) pose des questions et a besoin d'un terminal interactif. ` +
        'Pour un script, utilisez « storyboard new --answers reponses.yaml » ; pour voir où en est un projet, « storyboard status ».',
    },
    undefined,
    EXIT.usage,
  );
}
