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
