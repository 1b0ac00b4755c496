import { Lexer, type Token } from 'marked';

/** The story without its YAML front matter, which pandoc reads as metadata (marked does not). */
export function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

export function tokens(markdown: string): Token[] {
  return Lexer.lex(body(markdown));
}

/** Every token, at any depth (inline tokens, list items, table cells). */
export function allTokens(markdown: string): Token[] {
  const out: Token[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (typeof (value as { type?: unknown }).type === 'string') out.push(value as Token);
    for (const [key, child] of Object.entries(value)) if (key !== 'raw' && key !== 'text') visit(child);
  };
  visit(tokens(markdown));
  return out;
}

/** The outline: `## Gouvernance partagée` gives `2 Gouvernance partagée`. */
export function headings(markdown: string): string[] {
  return tokens(markdown)
    .filter((token) => token.type === 'heading')
    .map((token) => `${(token as { depth: number }).depth} ${(token as { text: string }).text}`);
}
