import { loadContent } from '../content.js';
import { requireTerminal } from '../interactive.js';
import type { CliContext } from '../program.js';
import { resolveProjectFile } from '../project-file.js';
import { openProject } from '../store.js';

/** `storyboard reperage`: the group reviews the markers of its project (the Clap's second half). */
export async function runReperage(context: CliContext, file: string | undefined): Promise<void> {
  const content = await loadContent(context.contentFile);
  requireTerminal('reperage');
  const { chooseProjectFile } = await import('../ask/resume-menu.js');
  const path = await resolveProjectFile(file, 'reperage', chooseProjectFile);
  const { lockProject } = await import('../lock.js');
  const release = await lockProject(path, 'reperage');
  try {
    const { project } = await openProject(path, content);
    const { reperageInTerminal } = await import('../reperage-session.js');
    await reperageInTerminal(path, project, content);
  } finally {
    await release();
  }
}
