import type { WorkshopInput } from '../../../src/sequences/workshop/workshop-model.js';
import { completeHits, fixtureProject, projectWith } from '../story/story-fixtures.js';

/**
 * A small workshop: the complete fixture reviewed by its group, the same unreviewed, the
 * unfinished one, an empty project with another content version, and an unreadable file.
 */
export function workshopInputs(): WorkshopInput[] {
  const complete = fixtureProject('complete');
  const reviewed = {
    ...complete,
    project: { ...complete.project, name: 'Fabrique' },
    reperage: [
      { family: 'gouvernance-partagee', decision: 'confirmed' as const, date: '2024-05-02T10:00:00.000Z' },
      { family: 'diffusion', decision: 'added' as const, question: 'diffusion.essaimage', note: 'Un deuxième atelier', date: '2024-05-02T10:00:00.000Z' },
      { family: 'besoin-collectif', decision: 'rejected' as const, date: '2024-05-02T10:00:00.000Z' },
    ],
  };
  const unfinished = fixtureProject('unfinished');
  const empty = projectWith({}, 'Radio');
  return [
    { file: 'a.storyboard.yaml', project: reviewed, hits: completeHits(complete) },
    { file: 'b.storyboard.yaml', project: complete, hits: completeHits(complete) },
    { file: 'c.storyboard.yaml', project: unfinished, hits: [] },
    { file: 'd.storyboard.yaml', project: { ...empty, content: { ...empty.content, version: '0.9' } }, hits: [] },
    { file: 'e.storyboard.yaml', error: 'ligne 2, colonne 10 : syntaxe YAML invalide' },
  ];
}
