import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, OutputStream } from './io.js';

/** What decides colours besides the stream: the command line and the environment. */
export type Setting = Pick<Io, 'argv' | 'env'>;

/**
 * Decides whether a stream gets colours. chalk alone honours neither NO_COLOR nor TERM=dumb,
 * and the people reading us may paste the output into a mail: no stray escape codes.
 */
export function wantsColor(stream: { isTTY?: boolean }, { argv, env }: Setting): boolean {
  if (argv.includes('--no-color') || argv.includes('--plain')) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** A chalk that colours only when `stream` should be coloured. */
export function stylesFor(stream: OutputStream, setting: Setting): ChalkInstance {
  return new Chalk({ level: wantsColor(stream, setting) ? 1 : 0 });
}
