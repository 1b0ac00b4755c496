import type { Io } from './io.js';
import type { Prompts } from './prompts.js';

/**
 * What every command receives: its Io, and the global options already read. In its own file so
 * that commands need not import program.ts, which imports them.
 */
export interface CliContext {
  io: Io;
  /** The content file given with --content, or undefined for the shipped storyboard. */
  contentFile: string | undefined;
  debug: boolean;
  /** How the person is asked: the terminal's prompts when undefined, a script in tests. */
  prompts?: Prompts;
}
