/**
 * Control characters (ESC, BEL, C1…) that arrive in answers, project names or content are
 * removed before anything reaches the terminal: an answer holding `ESC[2J` must not clear
 * the screen, nor an OSC sequence retitle the window. Bidirectional controls (U+202E, U+2066…)
 * go too: they would reorder what the person reads (a name shown backwards, a line that says
 * the opposite of what it holds). Line breaks and tabs stay.
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function safeText(text: string): string {
  return text.replace(CONTROL, '');
}

/** Inert and on one line: for a value quoted inside a message or a list. */
export function oneLine(text: string): string {
  return safeText(text).replace(/\s*[\n\t\u2028\u2029]\s*/g, ' ');
}

/** Characters written as escapes in JSON output: the C1 and bidirectional controls. */
const RAW_IN_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON for scripts, with every control character escaped (JSON.stringify escapes only C0):
 * `\u0085` or `\u202e` in an answer reaches a script's terminal or log as six plain characters.
 */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
