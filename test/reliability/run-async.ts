import { spawn } from 'node:child_process';
import { type IPty, spawn as spawnPty } from '@lydell/node-pty';
import { BIN, type CliResult } from '../helpers/run-cli.js';
import { TerminalSession } from '../helpers/pty.js';

export interface TimedResult extends CliResult {
  ms: number;
}

/**
 * The built binary without a terminal, like runCli, but without blocking the test worker, so
 * that a table of cases can run a few at a time.
 */
export function runCliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<TimedResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** The built binary in a pseudo-terminal: everything it shows, and its exit code. */
export async function runInTerminal(args: string[], cwd: string): Promise<{ status: number; screen: string; ms: number }> {
  const started = performance.now();
  const session = new TerminalSession(args, cwd);
  const timer = setTimeout(() => session.kill(), 15_000);
  const status = await session.exited;
  clearTimeout(timer);
  const ms = performance.now() - started;
  // Let the last bytes of output arrive.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { status, screen: session.text, ms };
}

/**
 * The built binary in a pseudo-terminal, keeping every byte it writes, escape sequences
 * included: what a terminal would interpret.
 */
export class RawTerminal {
  private readonly pty: IPty;
  raw = '';
  readonly exited: Promise<number>;

  constructor(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    this.pty = spawnPty(process.execPath, [BIN, ...args], {
      cwd,
      cols: 100,
      rows: 40,
      env: { ...process.env, NO_COLOR: '1', TERM: 'xterm-256color', EDITOR: 'true', VISUAL: 'true', PAGER: 'cat', ...env } as Record<string, string>,
    });
    this.pty.onData((data) => {
      this.raw += data;
    });
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Waits until the output, escape sequences removed, shows `needle`. */
  async waitFor(needle: string, timeout = 10_000): Promise<void> {
    const started = Date.now();
    while (!visible(this.raw).includes(needle)) {
      if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${needle}; screen so far:\n${visible(this.raw).slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  press(keys: string): void {
    this.pty.write(keys);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal escapes is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-B]|\u001b[=>78]/g;

function visible(raw: string): string {
  return raw.replace(ANSI, '');
}
