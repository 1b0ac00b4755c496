import { AsyncLocalStorage } from 'node:async_hooks';
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import type { Prompts } from '../../src/cli/prompts.js';
import { runCli as runProgram } from '../../src/cli/program.js';
import { BIN, type CliResult, REPO } from './run-cli.js';

/** The clock of in-process runs, stopped: what a command writes does not depend on the day. */
export const FIXED_NOW = new Date('2026-03-14T10:30:00');

/** A stream that keeps what is written to it, as a string; a pipe unless told it is a terminal. */
export class CapturedOutput extends Writable {
  text = '';
  isTTY?: boolean;
  columns?: number;
  rows?: number;
  /** As process.stdout has it: a stream piped into this one (inquirer's) does not end it. */
  readonly _isStdio = true;

  constructor(screen: { isTTY?: boolean; columns?: number; rows?: number } = {}) {
    super({ decodeStrings: false });
    this.isTTY = screen.isTTY;
    this.columns = screen.columns;
    this.rows = screen.rows;
  }

  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : String(chunk);
    done();
  }
}

export interface FakeIoOptions {
  cwd?: string;
  /** What arrives on standard input, then its end (as `spawnSync`'s `input`). */
  input?: string;
  /** Added to the test's environment, without colours (as runCli does); undefined removes a name. */
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** stdin, stdout and stderr as a terminal of this width (nothing is typed on it). */
  terminalColumns?: number;
  /** What the person answers, for the commands that ask (new, resume, reperage); see scripted-prompts.ts. */
  prompts?: Prompts;
}

/** An Io for one run: streams that capture, a temporary or given folder, a fixed clock. */
export function fakeIo(args: readonly string[], options: FakeIoOptions = {}): Io & { stdout: CapturedOutput; stderr: CapturedOutput } {
  const screen = options.terminalColumns === undefined ? {} : { isTTY: true, columns: options.terminalColumns };
  const now = options.now ?? FIXED_NOW;
  const stdin = Object.assign(Readable.from(options.input === undefined || options.input === '' ? [] : [Buffer.from(options.input)]), {
    isTTY: screen.isTTY,
  });
  return {
    stdout: new CapturedOutput(screen),
    stderr: new CapturedOutput(screen),
    stdin,
    cwd: options.cwd ?? REPO,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    argv: [process.execPath, BIN, ...args],
    now: () => new Date(now),
  };
}

let queue: Promise<unknown> = Promise.resolve();
/** The folder of the run under way, seen from inside it (from its prompts' script). */
const running = new AsyncLocalStorage<string>();

/**
 * Runs storyboard in the test's own process, as runCli runs the built binary: the same
 * arguments, the same result. Files named relatively are found from `cwd`, so the process
 * goes there for the run; runs therefore take turns, even from concurrent tests.
 */
export async function runStoryboard(args: string[], options: FakeIoOptions = {}): Promise<CliResult> {
  const io = fakeIo(args, options);
  const status = await runWithIo(io, options.prompts);
  // The script's own failure (an assertion in a step) rather than the message the command made of it.
  const failure = (options.prompts as { failure?: unknown } | undefined)?.failure;
  if (failure) throw failure;
  return { status, stdout: io.stdout.text, stderr: io.stderr.text };
}

/**
 * Runs storyboard with this Io, in its folder, when the runs before it are over. A run started
 * from a script's step, while the first waits at a prompt (a second session on the same
 * project), runs at once: it must be in the same folder.
 */
export function runWithIo(io: Io, prompts?: Prompts): Promise<number> {
  const run = async () => {
    const before = process.cwd();
    process.chdir(io.cwd);
    try {
      return await running.run(io.cwd, () => runProgram(io, prompts));
    } finally {
      process.chdir(before);
    }
  };
  const outer = running.getStore();
  if (outer !== undefined) {
    if (outer !== io.cwd) return Promise.reject(new Error(`a run inside a run must use its folder, ${outer}`));
    return run();
  }
  const result = queue.then(run);
  queue = result.catch(() => {});
  return result;
}
