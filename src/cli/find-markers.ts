import type { Content } from '../sequences/content-schema.js';
import { detectMarkersInAnswers, rememberPatterns } from '../sequences/markers/index.js';
import type { Project } from '../sequences/project.js';
import type { StoryHit } from '../sequences/story/index.js';
import { prereadPatterns } from './content.js';
import { loadMarkerModel } from './markers-model.js';

/** The contents whose pre-read patterns were already handed to the detection. */
const prepared = new WeakSet<Content>();

/**
 * The markers found in a project's answers, with offsets into each answer: what the story
 * tags and what the group reviews in the repérage (DESIGN.md §5).
 */
export async function findMarkers(project: Project, content: Content): Promise<StoryHit[]> {
  const answers = Object.fromEntries(Object.entries(project.answers).map(([id, answer]) => [id, answer.text]));
  // Once per content: a workshop report finds the markers of hundreds of projects.
  if (!prepared.has(content)) {
    rememberPatterns(content, await prereadPatterns(content));
    prepared.add(content);
  }
  return detectMarkersInAnswers(answers, content, { model: loadMarkerModel() });
}
