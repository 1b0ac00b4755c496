import { Marked, type Tokens } from 'marked';
import type { MarkdownToHtml } from '../sequences/story/story-html.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The story's Markdown as HTML, with marked (CommonMark and GFM). The story is already inert
 * (answers cannot open a link or HTML); as a second lock the page shows raw HTML as text and
 * a link as its words only, so that nothing in it can reach the network. Built into a bundle
 * of its own (dist/cli/vendor-html.cjs), loaded by `clap --html` only.
 */
export function markdownToHtml(): MarkdownToHtml {
  const marked = new Marked({
    gfm: true,
    breaks: false,
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(token.text);
      },
      link(token: Tokens.Link) {
        return this.parser.parseInline(token.tokens);
      },
      image(token: Tokens.Image) {
        return escapeHtml(token.text);
      },
    },
  });
  return {
    block: (markdown) => marked.parse(markdown, { async: false }),
    inline: (markdown) => marked.parseInline(markdown, { async: false }),
  };
}
