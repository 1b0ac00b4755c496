import type { Asker } from '../sequences/asker.js';
import type { ReperageAsker } from '../sequences/reperage-review.js';
import type { CliContext } from './context.js';

/** One entry of a menu: what is shown, what it stands for, and what stays on screen once chosen. */
export interface Choice<Value> {
  name: string;
  value: Value;
  short?: string;
}

/**
 * Everything a command asks the person, in one place: the terminal's prompts (inquirer's, or
 * plain lines), or a test's script. Ctrl+C rejects: an `InterruptedError` from the askers (the
 * text typed kept as a draft), an error named `ExitPromptError` from `line` and `choose`.
 */
export interface Prompts {
  /** One line of text (a project's name…), asked again until `validate` says true rather than why not. */
  line(message: string, validate?: (value: string) => true | string): Promise<string>;
  /** One entry of a menu. */
  choose<Value>(message: string, choices: readonly Choice<Value>[]): Promise<Value>;
  /** The interview's questions. */
  asker(): Asker;
  /** The repérage's choices. */
  reperageAsker(): ReperageAsker;
}

/** The context's prompts, else the terminal's, loaded only by the commands that ask. */
export async function promptsOf(context: CliContext): Promise<Prompts> {
  return context.prompts ?? (await import('./ask/terminal-prompts.js')).terminalPrompts(context.io);
}
