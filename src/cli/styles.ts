import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Decides whether a stream gets colours. chalk alone honours neither NO_COLOR nor TERM=dumb,
 * and the people reading us may paste the output into a mail: no stray escape codes.
 */
export function wantsColor(stream: NodeJS.WriteStream, argv: readonly string[] = process.argv): boolean {
  if (argv.includes('--no-color') || argv.includes('--plain')) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.TERM === 'dumb') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** A chalk that colours only when `stream` should be coloured. */
export function stylesFor(stream: NodeJS.WriteStream): ChalkInstance {
  return new Chalk({ level: wantsColor(stream) ? 1 : 0 });
}
