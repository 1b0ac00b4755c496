import { detectMarkersInAnswers } from '../sequences/markers/index.js';
import type { Project } from '../sequences/project.js';
import type { StoryHit } from '../sequences/story/index.js';
import type { LoadedContent } from './load-content.js';
import { loadMarkerModel } from './markers-model.js';

/**
 * The markers found in a project's answers, with offsets into each answer: what the story
 * tags and what the group reviews in the repérage (DESIGN.md §5). The content's detector is
 * compiled once however many projects are read (a workshop report reads hundreds).
 */
export async function findMarkers(project: Project, { content, detector }: LoadedContent): Promise<StoryHit[]> {
  const answers = Object.fromEntries(Object.entries(project.answers).map(([id, answer]) => [id, answer.text]));
  return detectMarkersInAnswers(answers, content, { model: loadMarkerModel(), detector: await detector() });
}
