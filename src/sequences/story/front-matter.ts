import { escapeInline } from './markdown-escape.js';

export interface FrontMatterFacts {
  title: string;
  structure?: string | undefined;
  territory?: string | undefined;
  contributors?: readonly string[] | undefined;
  /** `AAAA-MM-JJ`. */
  date: string;
}

/**
 * The YAML block at the top of the story, as pandoc reads it (title, author, date, lang…).
 * pandoc reads its string values as Markdown, so they are escaped like the story's text. Every
 * string is written as a JSON string, which YAML 1.2 reads as a double-quoted scalar: the same
 * text as the `yaml` package writes, without loading its whole writer for a few fields.
 */
export function frontMatter(facts: FrontMatterFacts): string {
  const value = (text: string | undefined) => {
    const escaped = text === undefined ? '' : escapeInline(text.trim());
    return escaped === '' ? undefined : escaped;
  };
  const contributors = (facts.contributors ?? []).map(value).filter((name): name is string => name !== undefined);
  const data: Record<string, string | string[]> = { title: value(facts.title) ?? 'Notre histoire' };
  const structure = value(facts.structure);
  const territory = value(facts.territory);
  if (structure) data.structure = structure;
  if (territory) data.territory = territory;
  if (contributors.length > 0) {
    data.contributors = contributors;
    // pandoc's own name for the people who wrote a document (it shows them under the title).
    data.author = contributors;
  }
  data.date = facts.date;
  data.lang = 'fr';
  const lines = Object.entries(data).map(([key, field]) =>
    typeof field === 'string' ? `${key}: ${JSON.stringify(field)}` : `${key}:\n${field.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}`,
  );
  return `---\n${lines.join('\n')}\n---`;
}
