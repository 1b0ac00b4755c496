import type { Io } from '../io.js';
import { promptContext } from '../io.js';
import { textWidth, wrap } from '../layout.js';
import { plainMode } from '../plain.js';
import type { Prompts } from '../prompts.js';
import { selectFr, inputFr } from './french-theme.js';
import { InquirerAsker } from './inquirer-asker.js';
import { PlainAsker } from './plain-asker.js';
import { plainChoice, plainLine } from './plain-console.js';
import { InquirerReperageAsker } from './reperage-asker.js';

/**
 * The prompts of a real terminal: inquirer's, or in plain mode (--plain, TERM=dumb) plain
 * lines and numbered menus.
 */
export function terminalPrompts(io: Io): Prompts {
  const plain = plainMode(io);
  return {
    line: (message, validate) =>
      plain ? plainAsk(io, message, validate) : inputFr({ message: fitMessage(message, textWidth(io.stdout, io.env)), validate }, promptContext(io)),
    choose: (message, choices) => (plain ? plainChoice(io, message, choices) : selectFr({ message, choices }, promptContext(io))),
    asker: () => (plain ? new PlainAsker(io) : new InquirerAsker(io)),
    reperageAsker: () => new InquirerReperageAsker(io),
  };
}

/** The plain-mode question: asked again, with the reason, until the answer is valid. */
async function plainAsk(io: Io, message: string, validate?: (value: string) => true | string): Promise<string> {
  for (;;) {
    const value = await plainLine(io, message);
    const verdict = validate?.(value) ?? true;
    if (verdict === true) return value;
    io.stdout.write(`${verdict}\n`);
  }
}

/**
 * A question broken at words to fit after inquirer's "? ", its continuation lines under its
 * text; a third of the line stays free for the answer, which inquirer puts after it.
 */
function fitMessage(message: string, width: number): string {
  return wrap(message, Math.max(12, Math.floor(width * 0.66)), '').replace(/\n/g, '\n  ');
}
