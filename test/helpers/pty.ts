import { type IPty, spawn } from '@lydell/node-pty';
import { afterEach } from 'vitest';
import { BIN } from './run-cli.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal escapes is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-B]|\u001b[=>78]/g;

export const KEYS = { enter: '\r', ctrlC: '\u0003', ctrlD: '\u0004', ctrlP: '\u0010', tab: '\t', down: '\u001b[B' } as const;

/**
 * Waits until `read()` has shown `needle` since `from` (an offset into it) and returns where;
 * fails after `timeout` ms, or at once when `ended()` says nothing more will come.
 */
export async function waitForText(
  read: () => string,
  needle: string | RegExp,
  { from = 0, timeout = 10_000, pollMs, ended = () => false }: { from?: number; timeout?: number; pollMs: number; ended?: () => boolean },
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const seen = read().slice(from);
    const index = typeof needle === 'string' ? seen.indexOf(needle) : seen.search(needle);
    if (index !== -1) return from + index;
    if (ended() || Date.now() - started > timeout) {
      throw new Error(`${ended() ? 'ended' : 'timed out'} waiting for ${String(needle)}; screen so far:\n${read().slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The built binary in a real pseudo-terminal: type into it, read what it shows. */
type SessionOptions = { cols?: number; rows?: number; env?: Record<string, string | undefined> };

export class TerminalSession {
  private readonly pty: IPty;
  private output = '';
  readonly exited: Promise<number>;

  constructor(args: string[], cwd: string, options: SessionOptions = {}) {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', TERM: 'xterm-256color', EDITOR: 'true', VISUAL: 'true', PAGER: 'cat', ...options.env };
    // An `undefined` in `options.env` removes the variable.
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
    this.pty = spawn(process.execPath, [BIN, ...args], {
      cwd,
      cols: options.cols ?? 100,
      rows: options.rows ?? 40,
      env: env as Record<string, string>,
    });
    this.pty.onData((data) => {
      this.output += data;
    });
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything the program sent, escape sequences included. */
  get raw(): string {
    return this.output;
  }

  /** Everything shown so far, without escape sequences. */
  get text(): string {
    return this.output.replace(ANSI, '');
  }

  /** Waits until the screen has shown `needle` since `from` (an offset into `text`). */
  waitFor(needle: string | RegExp, from = 0, timeout = 10_000): Promise<number> {
    return waitForText(() => this.text, needle, { from, timeout, pollMs: 25 });
  }

  /** Types text as a person would: one key at a time, Enter as a carriage return. */
  async type(text: string): Promise<void> {
    for (const char of text) {
      this.pty.write(char === '\n' ? '\r' : char);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /** Sends keys at once, as a paste or a control key does. */
  press(keys: string): void {
    this.pty.write(keys);
  }

  /** The process of the CLI itself (the pseudo-terminal starts Node directly). */
  get pid(): number {
    return this.pty.pid;
  }

  kill(signal?: string): void {
    try {
      this.pty.kill(signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Opens sessions of the built binary that are ended after each test of the file, whatever
 * state the test left them in (a session stopped with SIGSTOP is woken first).
 */
export function sessionsEndedAfterEach(): (args: string[], cwd: string, options?: SessionOptions) => TerminalSession {
  const open: TerminalSession[] = [];
  afterEach(() => {
    for (const session of open.splice(0)) {
      try {
        process.kill(session.pid, 'SIGCONT');
      } catch {
        // already gone
      }
      session.kill('SIGKILL');
    }
  });
  return (args, cwd, options) => {
    const session = new TerminalSession(args, cwd, options);
    open.push(session);
    return session;
  };
}
