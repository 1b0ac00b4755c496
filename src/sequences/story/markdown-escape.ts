/**
 * Making text typed by a person inert in Markdown (CommonMark, GFM and pandoc's Markdown):
 * whatever it holds, it reads as the same words and never becomes a heading, a link, HTML,
 * a code block, a table, maths or a metadata block.
 */

// C0 controls but tab and line feed, DEL, C1 controls, bidi overrides and isolates (they can
// make a text read differently from what it holds), the BOM. Emoji joiners stay.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Line breaks as people's systems write them: CRLF, CR, and the Unicode separators. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Removes control and invisible formatting characters; tabs become spaces. */
export function stripControl(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\t/g, ' ');
}

// Punctuation that opens something anywhere in a line: code spans and fences (`, ~), emphasis
// (*, _), links and notes ([, ]), HTML and autolinks (<), tables and line blocks (|), pandoc
// maths, superscripts and subscripts ($, ^, ~), and the backslash itself.
const INLINE_SPECIAL = /[\\`*_[\]<|~^$]/g;

/**
 * Escapes one line of text for use inside a paragraph, a heading or a list item. Line breaks
 * become spaces: callers that keep them split the text into lines first.
 */
export function escapeInline(text: string): string {
  return stripControl(text)
    .replace(LINE_BREAK, ' ')
    .replace(INLINE_SPECIAL, '\\$&')
    // An entity (&lt;, &#60;) would turn into the character it names.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    // A heading's closing #s after a space or a bracket.
    .replace(/(^|[\s([{])#/gu, '$1\\#')
    // Bare addresses that GFM, marked and pandoc's autolink_bare_uris would turn into links:
    // `https://…`, `mailto:…` (a scheme's colon: after two letters or more, not `C:`), `www.…`,
    // and every `@` (e-mail addresses, and pandoc's citations such as @doe). The escapes read
    // as the same characters.
    .replace(/\b([a-z][a-z0-9+.-]+):(?=\S)/giu, '$1\\:')
    .replace(/\b(www)\./giu, '$1\\.')
    .replace(/@/g, '\\@');
}

/**
 * Neutralises what the start of a line can open, for a line already escaped by
 * {@link escapeInline} and without leading spaces: headings, quotes, thematic breaks and
 * setext underlines (---, ===), lists and pandoc's fancy lists (1. a) iv.), definition
 * lists and fenced divs (:), grid tables (+).
 */
export function escapeLineStart(line: string): string {
  if (/^[>+\-=:%]/.test(line)) return `\\${line}`;
  const numbered = /^(\(?)(\d+|[a-z]|[ivxlcdm]+|#)([.)])(?=\s|$)/i.exec(line);
  // Like pandoc, read « M. Dupont » as an initial: a capital and a period open a list only
  // when followed by two spaces.
  const initial = numbered && /^[A-Z]\.(?! {2}|\t)/.test(line);
  if (numbered && !initial) {
    const [whole, open = '', label = '', close = ''] = numbered;
    return `${open ? '\\(' : ''}${label}\\${close}${line.slice(whole.length)}`;
  }
  return line;
}

/** Cuts a text to `max` characters (not UTF-16 units, so no emoji is split), with « … ». */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Escapes text for one cell of a pipe table: a single line, `|` escaped (which both GFM and
 * pandoc read as a literal bar), cut to `max` characters so a long quote keeps the table legible.
 */
export function escapeTableCell(text: string, max = 160): string {
  const line = stripControl(text).replace(LINE_BREAK, ' ').replace(/\s+/g, ' ').trim();
  return escapeInline(truncate(line, max));
}

/**
 * Text for a fenced code block, and the fence that no run of backticks inside can close.
 */
export function codeFence(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
