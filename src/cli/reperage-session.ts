import type { Content } from '../sequences/content-schema.js';
import type { Project } from '../sequences/project.js';
import { reperageCounts, reperageLine } from '../sequences/reperage.js';
import { reviewMarkers } from '../sequences/reperage-review.js';
import { findMarkers } from './find-markers.js';
import { stylesFor } from './styles.js';

/**
 * Walks the group through the repérage, saving the project file after each choice; used by
 * `reperage` and by `resume` (Clap). The caller holds the project's lock.
 */
export async function reperageInTerminal(path: string, project: Project, content: Content): Promise<Project> {
  const [{ InquirerReperageAsker }, { saveProject }] = await Promise.all([import('./ask/reperage-asker.js'), import('./project-writer.js')]);
  if (!Object.values(project.answers).some((answer) => answer.text.trim() !== '')) {
    process.stdout.write('Aucune réponse pour l\u2019instant : le repérage se fait sur vos réponses. Pour répondre aux questions : storyboard resume\n');
    return project;
  }
  const reviewed = await reviewMarkers({
    asker: new InquirerReperageAsker(),
    content,
    project,
    hits: await findMarkers(project, content),
    save: (next) => saveProject(path, next),
  });
  const families = content.sequences.filter((sequence) => sequence.markers.length > 0).map((sequence) => sequence.id);
  const style = stylesFor(process.stdout);
  process.stdout.write(`\n${style.green('✓')} Repérage enregistré dans ${path} (${reperageLine(reperageCounts(reviewed, families))}).\n`);
  return reviewed;
}
