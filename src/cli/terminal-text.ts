/**
 * Control characters (ESC, BEL, C1…) that arrive in answers, project names or content are
 * removed before anything reaches the terminal: an answer holding `ESC[2J` must not clear
 * the screen, nor an OSC sequence retitle the window. Line breaks and tabs stay.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function safeText(text: string): string {
  return text.replace(CONTROL, '');
}

/** Inert and on one line: for a value quoted inside a message or a list. */
export function oneLine(text: string): string {
  return safeText(text).replace(/\s*[\n\t\u2028\u2029]\s*/g, ' ');
}
