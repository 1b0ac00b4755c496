/** A stream a command writes to: a terminal (with its width) or a pipe, a file, a test's buffer. */
export interface OutputStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

/** Where a command reads what is typed or piped to it. */
export interface InputStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

/**
 * All a command may use of the world around it: its streams, the folder it was started in,
 * its environment, its command line and the clock. Only main.ts makes one from `process`;
 * tests make their own, to run commands in-process and read what they wrote.
 */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  /** The folder the person started storyboard from. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The whole command line, as process.argv has it (node, the script, then the words). */
  argv: readonly string[];
  now: () => Date;
}

/**
 * Where inquirer's prompts read and write (its `context`), with what decides their colours:
 * the Io's own streams, never the process's.
 */
export function promptContext(io: Io): { input: InputStream; output: OutputStream; setting: Pick<Io, 'argv' | 'env'> } {
  return { input: io.stdin, output: io.stdout, setting: io };
}
