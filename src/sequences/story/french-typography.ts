/**
 * French typography for the text storyboard writes itself (never for what people typed): a
 * non-breaking space inside « » and before : ; ? !, so that a line never starts with a
 * colon or a closing guillemet, in Markdown, in DOCX and in print alike.
 */
const NBSP = '\u00A0';

export function frenchSpaces(text: string): string {
  return (
    text
      // « mot » → «\u00A0mot\u00A0»; an ordinary space only (line breaks stay line breaks).
      .replace(/« +/g, `«${NBSP}`)
      .replace(/ +»/g, `${NBSP}»`)
      // Before : ; ? ! when they follow a word, a closing guillemet, a parenthesis or an asterisk.
      .replace(/([^\s]) +(?=[:;?!](?:\s|$|[*_)»\\]))/gu, `$1${NBSP}`)
  );
}

/** « text », with non-breaking spaces inside the guillemets; `text` is left as it is. */
export function guillemets(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}
