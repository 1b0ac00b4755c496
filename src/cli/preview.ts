import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';

/**
 * The story as a terminal shows it. Built into a bundle of its own with marked and
 * marked-terminal (dist/cli/vendor-preview.cjs), so that the chalk set here is the very one
 * marked-terminal styles with.
 */
export async function renderPreview(markdown: string, { color, width }: { color: boolean; width: number }): Promise<string> {
  // Our decision wins over chalk's own: it ignores NO_COLOR, and it turns colours off on CI
  // machines even in a terminal.
  chalk.level = color ? (Math.max(chalk.level, 1) as typeof chalk.level) : 0;
  const marked = new Marked(markedTerminal({ width, reflowText: true, emoji: false }) as never);
  return marked.parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
}
