import type { Content } from '../sequences/content-schema.js';
import { detectMarkersInAnswers, rememberPatterns } from '../sequences/markers/index.js';
import type { Project } from '../sequences/project.js';
import type { StoryHit } from '../sequences/story/index.js';
import { prereadPatterns } from './content.js';
import { loadMarkerModel } from './markers-model.js';

/**
 * The markers found in a project's answers, with offsets into each answer: what the story
 * tags and what the group reviews in the repérage (DESIGN.md §5).
 */
export async function findMarkers(project: Project, content: Content): Promise<StoryHit[]> {
  const answers = Object.fromEntries(Object.entries(project.answers).map(([id, answer]) => [id, answer.text]));
  rememberPatterns(content, await prereadPatterns(content));
  return detectMarkersInAnswers(answers, content, { model: loadMarkerModel() });
}
