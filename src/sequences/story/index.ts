export { answerMarkdown, type Highlight } from './answer-markdown.js';
export { type FrontMatterFacts, frontMatter } from './front-matter.js';
export { codeFence, escapeInline, escapeLineStart, escapeTableCell, stripControl, truncate } from './markdown-escape.js';
export { type FamilySummary, markerFamilies, summariseFamilies } from './marker-summary.js';
export { buildStory, frenchDate, frenchList, type StoryInput, type StoryPart, type StorySequence, type StoryView } from './story-model.js';
export type { StoryHit } from './story-types.js';
