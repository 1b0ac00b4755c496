import { Readable } from 'node:stream';
import { afterEach } from 'vitest';
import { KEYS, waitForText } from './pty.js';
import { CapturedOutput, fakeIo, runWithIo } from './run-in-process.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal escapes is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-B]|\u001b[=>78]/g;

/**
 * The keys typed, delivered as a terminal delivers them: only to a program that is reading,
 * a moment after it starts to. Written to a plain stream, a key that comes while one prompt
 * closes and the next one opens would reach the next one before it listens (and be lost),
 * where a real terminal keeps it until the next read.
 */
class Keyboard extends Readable {
  readonly isTTY = true;
  private readonly keys: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flowingSince = 0;

  setRawMode(): this {
    return this;
  }

  type(keys: string): void {
    this.keys.push(keys);
    this.deliver();
  }

  override _read(): void {
    this.deliver();
  }

  private deliver(): void {
    if (this.timer || this.keys.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.readableFlowing !== true) this.flowingSince = 0;
      else if (this.flowingSince === 0) this.flowingSince = Date.now();
      // Reading for a few milliseconds: the prompt that resumed the stream is now listening.
      if (this.flowingSince !== 0 && Date.now() - this.flowingSince >= 4) {
        this.push(this.keys.shift());
      }
      this.deliver();
    }, 2);
  }
}

type SessionOptions = { cols?: number; rows?: number; env?: Record<string, string | undefined> };

/**
 * storyboard run in the test's process with the terminal's own prompts (inquirer's, or plain
 * mode's), on a screen of `cols` columns and a keyboard the test types on: what a pseudo-terminal
 * shows, without starting a process. Same interface as TerminalSession (test/helpers/pty.ts).
 * Runs take turns (see runWithIo): end a session before starting another run from the test.
 */
export class InProcessTerminal {
  private readonly screen: CapturedOutput;
  private readonly keyboard = new Keyboard();
  readonly exited: Promise<number>;
  private ended = false;

  constructor(args: string[], cwd: string, options: SessionOptions = {}) {
    const io = fakeIo(args, {
      cwd,
      env: { TERM: 'xterm-256color', EDITOR: 'true', VISUAL: 'true', PAGER: 'cat', ...options.env },
      terminalColumns: options.cols ?? 100,
    });
    // One screen for both streams, as a terminal shows them.
    this.screen = new CapturedOutput({ isTTY: true, columns: options.cols ?? 100, rows: options.rows ?? 40 });
    this.exited = runWithIo({ ...io, stdin: this.keyboard, stdout: this.screen, stderr: this.screen }).finally(() => {
      this.ended = true;
    });
  }

  /** Everything the program wrote, escape sequences included. */
  get raw(): string {
    return this.screen.text;
  }

  /** Everything shown so far, without escape sequences. */
  get text(): string {
    return this.screen.text.replace(ANSI, '');
  }

  /** Waits until the screen has shown `needle` since `from` (an offset into `text`). */
  waitFor(needle: string | RegExp, from = 0, timeout = 10_000): Promise<number> {
    return waitForText(() => this.text, needle, { from, timeout, pollMs: 5, ended: () => this.ended });
  }

  /** Types text as a person would: one key at a time, Enter as a carriage return. */
  async type(text: string): Promise<void> {
    for (const char of text) {
      this.keyboard.type(char === '\n' ? '\r' : char);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  /** Sends keys at once, as a paste or a control key does. */
  press(keys: string): void {
    this.keyboard.type(keys);
  }

  /** Ends a session a test left waiting: Ctrl+C until it stops, so that the next run can start. */
  async end(): Promise<void> {
    for (let tries = 0; !this.ended && tries < 20; tries++) {
      this.keyboard.type(KEYS.ctrlC);
      await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 50))]);
    }
  }
}

/** Opens in-process sessions that are ended after each test of the file, whatever state the test left them in. */
export function inProcessSessionsEndedAfterEach(): (args: string[], cwd: string, options?: SessionOptions) => InProcessTerminal {
  const open: InProcessTerminal[] = [];
  afterEach(async () => {
    for (const session of open.splice(0)) await session.end();
  });
  return (args, cwd, options) => {
    const session = new InProcessTerminal(args, cwd, options);
    open.push(session);
    return session;
  };
}
