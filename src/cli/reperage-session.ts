import type { Project } from '../sequences/project.js';
import { reperageCounts, reperageLine } from '../sequences/reperage.js';
import { reviewMarkers } from '../sequences/reperage-review.js';
import { command } from './command-name.js';
import { findMarkers } from './find-markers.js';
import type { Io } from './io.js';
import type { LoadedContent } from './load-content.js';
import type { ProjectSession } from './project-session.js';
import type { Prompts } from './prompts.js';
import { stylesFor } from './styles.js';
import { safeText } from './terminal-text.js';

/**
 * Walks the group through the repérage, saving the project file after each choice; used by
 * `reperage` and by `resume` (Clap). The caller holds the project's session (its lock, its saving).
 */
export async function reperageInTerminal(io: Io, prompts: Prompts, session: ProjectSession, project: Project, loaded: LoadedContent): Promise<Project> {
  const { content } = loaded;
  if (!Object.values(project.answers).some((answer) => answer.text.trim() !== '')) {
    io.stdout.write(`Aucune réponse pour l\u2019instant : le repérage se fait sur vos réponses. Pour répondre aux questions : ${command('resume')}\n`);
    return project;
  }
  const reviewed = await reviewMarkers({
    asker: prompts.reperageAsker(),
    content,
    project,
    hits: await findMarkers(project, loaded),
    save: async (next) => {
      await session.save(next);
    },
  });
  const families = content.sequences.filter((sequence) => sequence.markers.length > 0).map((sequence) => sequence.id);
  const style = stylesFor(io.stdout, io);
  io.stdout.write(`\n${style.green('✓')} Repérage enregistré dans ${safeText(session.path)} (${reperageLine(reperageCounts(reviewed, families))}).\n`);
  return reviewed;
}
