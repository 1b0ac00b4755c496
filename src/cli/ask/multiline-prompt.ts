import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  isTabKey,
  type KeypressEvent,
  makeTheme,
  type Theme,
  useEffect,
  useKeypress,
  useMemo,
  usePrefix,
  useRef,
  useState,
} from '@inquirer/core';
import type { Setting } from '../styles.js';
import { type PartialDeep, promptColor } from './french-styles.js';
import { wrap } from '../layout.js';
import {
  answeredView,
  helpLines,
  keyHintLines,
  keyHints,
  type MultilineTheme,
  multilineThemeFr,
  textWindow,
} from './multiline-view.js';
import { TextBuffer } from './text-buffer.js';

/** How the multi-line prompt ended. An empty submitted text means "skip this question". */
export type MultilineResult = { action: 'submit'; text: string } | { action: 'back'; text: string } | { action: 'editor'; text: string };

/** Options of {@link multilinePrompt}. */
export type MultilineConfig = {
  /** The question. */
  message: string;
  /** Starting text (previous answer, saved draft): editable, cursor at its end. */
  default?: string;
  /** Always shown under the question, e.g. "Séquence 3/11 · question 2/3 · 7/31 répondues". */
  progress?: string;
  /** A word under the progress line, e.g. what happened in the editor. */
  notice?: string;
  /** Shown with Tab, with the examples. */
  hint?: string;
  examples?: readonly string[];
  /** Whether Ctrl+P may resolve `{ action: 'back' }`; otherwise Ctrl+P does nothing. */
  canGoBack?: boolean;
  /** Called with the whole text after every change: the caller's draft when Ctrl+C interrupts. */
  onChange?: (text: string) => void;
  /** Screen rows the typed text may take (default: what the terminal leaves free); the rest is summarised. */
  visibleRows?: number;
  /** Colours or plain text; by default decided from the output stream (NO_COLOR, TERM=dumb, TTY…). */
  color?: boolean;
  theme?: PartialDeep<Theme<MultilineTheme>>;
};

/** The part of Node's readline we edit: inquirer types `line` but not `cursor`. */
type Readline = {
  line: string;
  cursor: number;
  input: NodeJS.ReadableStream;
  output: { columns?: number; rows?: number };
  close: () => void;
};
/** What Node's keypress events really carry beyond inquirer's type. */
type Key = KeypressEvent & { meta?: boolean };

const isKey = (key: Key, name: string) => key.ctrl && !key.meta && key.name === name;

/** Keeps the text as typed, minus blank lines at the start and any whitespace at the end. */
function cleanAnswer(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

type KeypressListener = (text: unknown, key: Key | undefined) => void;

/**
 * A paste is thousands of keys, and readline and inquirer spend some 20 µs on each (a
 * 10,000-line paste is 750,000 of them). While a paste arrives, its characters are taken here
 * alone: the other listeners stop listening until it is over, and the text is inserted in one go.
 *
 * A paste is seen two ways. A terminal asked for bracketed paste (see {@link multilinePrompt})
 * wraps it in two keys, `paste-start` and `paste-end`. One that was not sends it bare, but in
 * chunks far longer than anyone types between two reads: such a chunk is taken whole.
 * Returns how to stop listening, keeping what was pasted so far.
 */
function catchPastes(input: NodeJS.ReadableStream, insert: (pasted: Pasted, live: boolean) => void): () => void {
  let mode: 'bracketed' | 'chunk' | undefined;
  let others: KeypressListener[] = [];
  let pieces: string[] = [];
  let keys = 0;
  // A "\r\n" cut between two chunks is one line break.
  let carriedReturn = false;
  let watch: NodeJS.Timeout | undefined;
  const begin = (how: 'bracketed' | 'chunk') => {
    mode = how;
    others = (input.listeners('keypress') as KeypressListener[]).filter((listener) => listener !== onKey);
    for (const listener of others) input.removeListener('keypress', listener);
  };
  const end = (live = true) => {
    if (!mode) return;
    mode = undefined;
    clearInterval(watch);
    // Only `onKey` is listening now, and it stays first.
    for (const listener of others) input.on('keypress', listener);
    let raw = pieces.join('');
    pieces = [];
    if (carriedReturn && raw.startsWith('\n')) raw = raw.slice(1);
    carriedReturn = raw.endsWith('\r');
    const text = raw.replace(/\r\n?/g, '\n').replace(PASTE_DROPPED, '');
    if (text !== '') insert({ text, endsWithReturn: raw.endsWith('\r') }, live);
  };
  // A paste whose end never comes (a terminal that lost it) must not swallow the keys that
  // follow: after a second without any key, the paste is taken as over.
  const watchForLostEnd = () => {
    let seen = -1;
    watch = setInterval(() => {
      if (keys === seen) end();
      seen = keys;
    }, 500);
  };
  const onKey: KeypressListener = (text, key) => {
    if (!mode) {
      if (key?.name !== 'paste-start') {
        carriedReturn = false;
        return;
      }
      begin('bracketed');
      watchForLostEnd();
      return;
    }
    keys += 1;
    if (key?.name === 'paste-start' && mode === 'chunk') {
      mode = 'bracketed';
      watchForLostEnd();
    } else if (key?.name === 'paste-start') return;
    else if (key?.name === 'paste-end') end();
    else if (mode === 'chunk' && !isText(text, key)) {
      // Ctrl+D or an arrow right after a bare paste (tmux sends them in the same chunk, a
      // person typing faster than the program reads too): the paste ends, the key is a key.
      const listeners = others;
      end();
      for (const listener of listeners) listener.call(input, text, key);
    } else if (typeof text === 'string') pieces.push(text);
  };
  const onData = (chunk: string | Buffer) => {
    // A chunk starting with an escape may be a bracketed paste's start: its key says so.
    if (mode || chunk.length < PASTED_CHUNK || chunk[0] === 0x1b || chunk[0] === '\u001b') return;
    begin('chunk');
  };
  // Readline's reader turns the chunk into keys in between; they are all sent by now.
  const afterData = () => {
    if (mode === 'chunk') end();
  };
  input.prependListener('keypress', onKey);
  // Before readline's own reader of the stream, which turns the chunk into keys.
  input.prependListener('data', onData);
  input.on('data', afterData);
  return () => {
    end(false);
    input.removeListener('keypress', onKey);
    input.removeListener('data', onData);
    input.removeListener('data', afterData);
  };
}

/** Whether a key only adds its character (line breaks and tabs included), as pasted text does. */
function isText(text: unknown, key: Key | undefined): text is string {
  if (typeof text !== 'string' || text === '') return false;
  if (key?.name === 'return' || key?.name === 'enter' || key?.name === 'tab') return true;
  return !key?.ctrl && !key?.meta && key?.name !== 'backspace' && key?.name !== 'escape' && key?.name !== 'delete';
}

/** A pasted text, `\n` between lines, and whether it ended on a carriage return. */
type Pasted = { text: string; endsWithReturn: boolean };

/** Bytes read at once beyond which it was pasted, not typed (a key is 1 to 4 bytes). */
const PASTED_CHUNK = 64;

/** Control characters a paste may hold that are not text (tabs and line breaks are). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const PASTE_DROPPED = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

type PromptConfig = MultilineConfig & { color: boolean; clearOnDone: () => void };

const prompt = createPrompt<MultilineResult, PromptConfig>((config, done) => {
  const { canGoBack = false, examples = [], hint } = config;
  const theme = makeTheme<MultilineTheme>(multilineThemeFr(config.color), config.theme);
  const buffer = useMemo(() => new TextBuffer(config.default ?? ''), []);
  const lastText = useRef(buffer.text);
  const afterReturn = useRef(false);
  // The terminal's size, for the layout; readline is only reachable from effects and keys.
  const terminal = useRef<() => { columns?: number; rows?: number }>(() => ({}));
  const readlineRef = useRef<Readline | undefined>(undefined);
  const [result, setResult] = useState<MultilineResult | undefined>(undefined);
  const [helpShown, setHelpShown] = useState(false);
  // The buffer is mutated in place; this counter is what tells inquirer to redraw.
  const [, setVersion] = useState(0);
  const redraw = useRef<{ burst?: NodeJS.Immediate; pending: boolean }>({ pending: false });
  const prefix = usePrefix({ status: result ? 'done' : 'idle', theme });
  const hasHelp = Boolean(hint?.trim()) || examples.length > 0;

  useEffect((rl) => {
    const readline = rl as unknown as Readline;
    readline.line = buffer.current;
    readline.cursor = buffer.col;
    terminal.current = () => readline.output;
    readlineRef.current = readline;
    // Readline sees each key before us and closes itself on Ctrl+D in an empty line (on any line
    // with TERM=dumb), which would leave the prompt hanging. Going first, we have it skip that one
    // close; the handler below then submits.
    const close = readline.close;
    let ctrlD = false;
    readline.close = () => {
      if (!ctrlD) close.call(rl);
    };
    const stopPastes = catchPastes(readline.input, ({ text, endsWithReturn }, live) => {
      buffer.insert(text);
      if (!live) return; // the prompt is ending: the text only goes to the draft
      readline.line = buffer.current;
      readline.cursor = buffer.col;
      // A "\r\n" cut between a chunk and the next key is one line break.
      afterReturn.current = endsWithReturn;
      requestRedraw();
    });
    const guard = (_text: unknown, key: Key | undefined) => {
      // The render left readline holding the end of the cursor's screen row (see below):
      // readline edits the real line.
      readline.line = buffer.current;
      readline.cursor = buffer.col;
      ctrlD = key !== undefined && isKey(key, 'd');
      if (key !== undefined && isKey(key, 'c')) reportChange();
    };
    readline.input.prependListener('keypress', guard);
    setVersion((v) => v + 1);
    return () => {
      stopPastes();
      readline.input.removeListener('keypress', guard);
      readline.close = close;
      clearImmediate(redraw.current.burst);
      reportChange();
    };
  }, []);

  useKeypress((event, rl) => {
    if (result) return;
    const key = event as Key;
    const readline = rl as unknown as Readline;
    const finish = (value: MultilineResult) => {
      // Off to the editor: the prompt leaves the screen and comes back with the edited text,
      // rather than the question being listed twice.
      if (value.action === 'editor') config.clearOnDone();
      setResult(value);
      done(value);
    };
    // `buffer.col` still holds the cursor from before this key: readline has already moved its own.
    const atStart = buffer.col === 0;
    const atEnd = buffer.col === buffer.current.length;
    const crlf = key.name === 'enter' && afterReturn.current;
    afterReturn.current = key.name === 'return';

    if (isKey(key, 'd')) return finish({ action: 'submit', text: cleanAnswer(buffer.text) });
    if (isKey(key, 'e')) return finish({ action: 'editor', text: buffer.text.trimEnd() });
    if (isKey(key, 'p')) {
      if (canGoBack) return finish({ action: 'back', text: buffer.text.trimEnd() });
    } else if (isTabKey(key)) {
      if (hasHelp) setHelpShown(!helpShown);
    } else if (isEnterKey(key)) {
      // A "\r\n" pair is one line break, as readline itself treats it.
      if (!crlf) buffer.splitLine();
    } else if (isBackspaceKey(key) && atStart) buffer.joinWithPrevious();
    else if (key.name === 'delete' && atEnd) buffer.joinWithNext();
    else if (key.name === 'up' || key.name === 'down') buffer.moveRow(key.name === 'up' ? -1 : 1);
    else if (key.name === 'left' && atStart) buffer.wrapCursor(-1);
    else if (key.name === 'right' && atEnd) buffer.wrapCursor(1);
    else if (!isKey(key, 'n')) buffer.setCurrent(readline.line, readline.cursor);
    // Keys we handle were also seen by readline (Enter cleared its line, Ctrl+P and the arrows
    // recalled its history, Tab inserted a tab): its line is always put back to ours.
    readline.line = buffer.current;
    readline.cursor = buffer.col;
    requestRedraw();
  });

  /**
   * Hands the whole text to the caller (its draft if Ctrl+C comes). Joining the lines is linear
   * in the text: done once a burst of keys is over, not per key (a 3,000-line paste is 225,000
   * keys), and at once before Ctrl+C is handled.
   */
  function reportChange() {
    const text = buffer.text;
    if (text !== lastText.current) {
      lastText.current = text;
      config.onChange?.(text);
    }
  }

  /**
   * A paste arrives as thousands of keypresses in one go, and inquirer redraws the whole prompt
   * after each: quadratic on a long answer (10,000 characters took 12 s). The first key of a
   * burst redraws at once, like typing; the rest of the burst redraws once when it is over.
   */
  function requestRedraw() {
    const state = redraw.current;
    if (state.burst) {
      state.pending = true;
      return;
    }
    state.burst = setImmediate(() => {
      state.burst = undefined;
      reportChange();
      if (state.pending) {
        state.pending = false;
        setVersion((v) => v + 1);
      }
    });
    setVersion((v) => v + 1);
  }

  const { columns, rows } = terminal.current();
  const width = Math.max(20, columns || 80);
  if (result) {
    // The history left on screen: one line per question, never a tick for a question skipped.
    const message = theme.style.message(config.message, 'done');
    if (result.action === 'back') return theme.style.help('↩ Retour à la question précédente');
    if (result.action === 'editor') return '';
    // A skipped question is not ticked as if answered.
    const mark = result.text === '' ? theme.style.help('○') : prefix;
    return answeredView(message, result.text, width, theme, mark);
  }
  const top = [`${prefix} ${theme.style.message(wrap(config.message, width - 2, ''), 'idle').replace(/\n/g, '\n  ')}`];
  if (config.progress) top.push(theme.style.progress(wrap(`  ${config.progress}`, width, '  ')));
  if (config.notice) top.push(theme.style.help(wrap(`  ${config.notice}`, width, '  ')));
  if (helpShown) top.push(...helpLines(hint, examples, width, theme));
  const hints = keyHintLines(keyHints({ hasHelp, helpShown, canGoBack }), width, theme);
  const used = top.join('\n').split('\n').length;
  const free = rows ? rows - used - hints.length - 1 : 20;
  const window = textWindow(buffer, { width, rows: config.visibleRows ?? Math.max(5, free) }, theme);
  // Inquirer puts the terminal's cursor where readline's line, taken off the end of the last
  // rendered line, begins. Our lines are broken at words over several screen rows, so readline
  // is handed, until the next key, only what follows the cursor on its row.
  const rl = readlineRef.current;
  if (rl) {
    rl.line = window.afterCursor;
    rl.cursor = 0;
  }
  const bottom = [...window.below, ...hints];
  return [[...top, ...window.above, window.current].join('\n'), bottom.join('\n')];
});

/**
 * Asks a question whose answer may span several lines and paragraphs.
 *
 * Keys: Entrée = new line (a pasted block stays whole), Ctrl+D = done, Tab = show/hide the hint
 * and examples, Ctrl+P = previous question (when `canGoBack`), Ctrl+E = hand over to the editor
 * (the caller opens it with the returned text), Ctrl+C = rejects with inquirer's ExitPromptError.
 * Arrows move across lines; Backspace at a line start joins it to the previous line.
 */
export function multilinePrompt(config: MultilineConfig, context?: Parameters<typeof prompt>[1] & { setting?: Setting }): Promise<MultilineResult> {
  // Inquirer reads `clearPromptOnDone` from the context once the prompt is settled.
  const own = { ...context };
  const clearOnDone = () => {
    own.clearPromptOnDone = true;
  };
  // A terminal asked for bracketed paste marks where a paste begins and ends (see catchPastes);
  // one that does not know the request ignores it. Asked for the time of the question only.
  const terminal = context?.output as (NodeJS.WritableStream & { isTTY?: boolean }) | undefined;
  const bracketed = terminal?.isTTY === true;
  if (bracketed) terminal.write(BRACKETED_PASTE_ON);
  const asked = prompt({ ...config, color: config.color ?? promptColor(context?.output, context?.setting), clearOnDone }, own);
  if (bracketed) {
    const off = () => terminal.write(BRACKETED_PASTE_OFF);
    asked.then(off, off);
  }
  return asked;
}

const BRACKETED_PASTE_ON = '\u001b[?2004h';
const BRACKETED_PASTE_OFF = '\u001b[?2004l';
