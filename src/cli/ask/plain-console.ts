import type { InputStream, Io, OutputStream } from '../io.js';
import { textWidth, wrap } from '../layout.js';

/** What ended a plain answer. */
export type PlainEnd = 'submit' | 'back' | 'editor' | 'interrupt';

/** Keys of the plain answer, besides typing. */
export interface PlainKeys {
  /** Tab: print the help; the line being typed is printed again after it. */
  onHelp?: () => string | undefined;
  canGoBack?: boolean;
  /** Whether a line with a single « . », or Ctrl+D, ends the text (a multi-line answer) or Entrée does. */
  multiline: boolean;
}

/**
 * Reads the keyboard one key at a time and echoes only what is typed, as plain characters:
 * no escape sequence ever goes out (a backspace is echoed as the terminal itself would, « \b \b »).
 */
export class PlainConsole {
  private readonly queue: string[] = [];
  private wake: (() => void) | undefined;
  private escape = 0;
  private readonly onData = (chunk: string) => {
    for (const char of chunk) this.queue.push(char);
    this.wake?.();
  };

  constructor(
    private readonly input: InputStream & { setRawMode?: (mode: boolean) => unknown },
    private readonly output: OutputStream,
    /** The width its lines are wrapped to. */
    readonly width: () => number,
  ) {}

  write(text: string): void {
    this.output.write(text);
  }

  /** Reads text until its end key; resolves with how it ended and the text typed (lines joined with \n). */
  async read(start: string, keys: PlainKeys): Promise<{ end: PlainEnd; text: string }> {
    const lines = start === '' ? [''] : [...start.split('\n'), ''];
    const current = () => lines[lines.length - 1] ?? '';
    const text = () => lines.join('\n').replace(/\n+$/, '');
    this.open();
    try {
      let afterReturn = false;
      for (;;) {
        const char = await this.next();
        const wasReturn = afterReturn;
        afterReturn = char === '\r';
        if (this.swallowEscape(char)) continue;
        if (char === '\u0003') return { end: 'interrupt', text: text() };
        if (char === '\u0004') {
          this.write('\n');
          return { end: 'submit', text: text() };
        }
        if (char === '\u0010' && keys.canGoBack) {
          this.write('\n');
          return { end: 'back', text: text() };
        }
        if (char === '\u0005') {
          this.write('\n');
          return { end: 'editor', text: text() };
        }
        if (char === '\t') {
          const help = keys.onHelp?.();
          if (help) this.write(`\n${help}\n${current()}`);
          continue;
        }
        if (char === '\r' || char === '\n') {
          if (char === '\n' && wasReturn) continue;
          this.write('\n');
          if (!keys.multiline) return { end: 'submit', text: current() };
          if (current().trim() === '.') {
            lines.pop();
            return { end: 'submit', text: text() };
          }
          lines.push('');
          continue;
        }
        if (char === '\u007f' || char === '\b') {
          const line = current();
          if (line === '') continue;
          const chars = [...line];
          chars.pop();
          lines[lines.length - 1] = chars.join('');
          this.write('\b \b');
          continue;
        }
        if (char < ' ') continue;
        lines[lines.length - 1] = current() + char;
        this.write(char);
      }
    } finally {
      this.close();
    }
  }

  /** Arrow keys and the like arrive as ESC sequences: plain mode has no use for them. */
  private swallowEscape(char: string): boolean {
    if (this.escape === 0) {
      if (char !== '\u001b') return false;
      this.escape = 1;
      return true;
    }
    if (this.escape === 1) {
      this.escape = char === '[' || char === 'O' ? 2 : 0;
      return true;
    }
    if (char >= '@' && char <= '~') this.escape = 0;
    return true;
  }

  private open(): void {
    if (this.input.isTTY) this.input.setRawMode?.(true);
    this.input.setEncoding('utf8');
    this.input.on('data', this.onData);
    this.input.resume();
  }

  // Raw mode stays on between questions: a Ctrl+C typed while an answer is being saved is
  // then a key read at the next question, not a signal that would end the program unsaved.
  // Node gives the terminal its mode back when the program ends.
  private close(): void {
    this.input.removeListener('data', this.onData);
    this.input.pause();
  }

  /** Gives the terminal back its usual mode, for an editor. */
  release(): void {
    if (this.input.isTTY) this.input.setRawMode?.(false);
  }

  private async next(): Promise<string> {
    for (;;) {
      const char = this.queue.shift();
      if (char !== undefined) return char;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}

const consoles = new WeakMap<InputStream, PlainConsole>();

/** The one console of an input: keys typed ahead stay in its queue from one question to the next. */
export function plainConsole(io: Io): PlainConsole {
  let console = consoles.get(io.stdin);
  if (!console) {
    console = new PlainConsole(io.stdin, io.stdout, () => textWidth(io.stdout, io.env));
    consoles.set(io.stdin, console);
  }
  return console;
}

/** Ctrl+C at a plain question that is not an answer: recognised by report-failure by its name. */
export class PlainInterrupted extends Error {
  constructor() {
    super('interrompu');
    this.name = 'ExitPromptError';
  }
}

/** One line, e.g. a project's name; Ctrl+C interrupts. */
export async function plainLine(io: Io, question: string): Promise<string> {
  const console = plainConsole(io);
  console.write(`${wrap(`${question} :`, console.width())} `);
  const { end, text } = await console.read('', { multiline: false });
  if (end === 'interrupt') throw new PlainInterrupted();
  return text;
}

/** A numbered menu: the person types the number of a choice. */
export async function plainChoice<Value>(io: Io, question: string, choices: readonly { name: string; value: Value }[]): Promise<Value> {
  const console = plainConsole(io);
  const width = textWidth(io.stdout, io.env);
  const entries = choices.map((choice, index) => {
    const number = `${index + 1}.`.padStart(String(choices.length).length + 1);
    return wrap(`  ${number} ${choice.name.replace(/\n\s*/g, ' ')}`, width, ' '.repeat(number.length + 3));
  });
  console.write(`${wrap(question, width)}\n${entries.join('\n')}\n`);
  for (;;) {
    const answer = (await plainLine(io, `Tapez un numéro, de 1 à ${choices.length}, puis Entrée`)).trim();
    const choice = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
    if (choice) return choice.value;
    console.write(`« ${answer} » n’est pas dans la liste.\n`);
  }
}
