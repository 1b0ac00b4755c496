import { loadContent } from '../content.js';
import { requireTerminal } from '../interactive.js';
import type { CliContext } from '../program.js';
import { resolveProjectFile } from '../project-file.js';
import { followRenames } from '../../sequences/renames.js';

/** `storyboard reperage`: the group reviews the markers of its project (the Clap's second half). */
export async function runReperage(context: CliContext, file: string | undefined): Promise<void> {
  const content = await loadContent(context.contentFile);
  requireTerminal('reperage');
  const { chooseProjectFile } = await import('../ask/resume-menu.js');
  const path = await resolveProjectFile(file, 'reperage', chooseProjectFile);
  const [{ ProjectSession }, { tellOnStderr }, { reperageInTerminal }] = await Promise.all([
    import('../project-session.js'),
    import('../interview.js'),
    import('../reperage-session.js'),
  ]);
  const session = await ProjectSession.open(path, 'reperage', tellOnStderr);
  try {
    await reperageInTerminal(session, followRenames(session.project, content).project, content);
  } finally {
    await session.close();
  }
}
