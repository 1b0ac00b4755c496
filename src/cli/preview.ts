import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { wrap } from './layout.js';

/**
 * The story as a terminal shows it. Built into a bundle of its own with marked and
 * marked-terminal (dist/cli/vendor-preview.cjs), so that the chalk set here is the very one
 * marked-terminal styles with.
 */
export async function renderPreview(markdown: string, { color, width }: { color: boolean; width: number }): Promise<string> {
  // Our decision wins over chalk's own: it ignores NO_COLOR, and it turns colours off on CI
  // machines even in a terminal.
  chalk.level = color ? (Math.max(chalk.level, 1) as typeof chalk.level) : 0;
  const marked = new Marked(
    // No « ## » in front of headings: a terminal shows them in bold already.
    markedTerminal({ width, reflowText: true, emoji: false, showSectionPrefix: false, tab: 2 }) as never,
  );
  marked.use({ walkTokens: inlineInListItems });
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = await marked.parse(tablesAsParagraphs(body, marked));
  // Code blocks and list items are not reflowed by marked-terminal: the last word goes to us.
  return wrap(text.replace(/\s+$/, ''), width).concat('\n');
}

/**
 * marked-terminal prints the items of a tight list without reading their inline Markdown: the
 * story's bold evidence showed as raw `**…**`. As paragraphs, they are read like any other.
 */
function inlineInListItems(token: { type: string; tokens?: { type: string }[] }): void {
  if (token.type !== 'list_item' || !token.tokens) return;
  for (const child of token.tokens) if (child.type === 'text' && 'tokens' in child) child.type = 'paragraph';
}

/**
 * A Markdown table drawn in a terminal is as wide as its longest cell (the story's markers table
 * ran to 1,354 columns), and a terminal cuts it into unreadable pieces. In the preview, each row
 * becomes a paragraph, its first cell in bold and the others after their column's name, which
 * wraps to any width like the rest of the text.
 */
function tablesAsParagraphs(markdown: string, marked: Marked): string {
  let out = markdown;
  for (const token of marked.lexer(markdown)) {
    if (token.type !== 'table') continue;
    const table = token as unknown as { raw: string; header: { text: string }[]; rows: { text: string }[][] };
    const items = table.rows.map((row) => {
      const [first, ...rest] = row;
      const details = rest
        .map((cell, index) => (cell.text.trim() === '' ? '' : `${table.header[index + 1]?.text ?? ''} : ${cell.text}`))
        .filter(Boolean)
        .join(' — ');
      return `**${first?.text ?? ''}**${details ? ` — ${details}` : ''}`;
    });
    out = out.replace(table.raw, `${items.join('\n\n')}\n\n`);
  }
  return out;
}
