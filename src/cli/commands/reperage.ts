import { loadContent } from '../load-content.js';
import type { CliContext } from '../context.js';
import { requireTerminal } from '../interactive.js';
import { resolveProjectFile } from '../project-file.js';
import { promptsOf } from '../prompts.js';
import { followRenames } from '../../sequences/renames.js';

/** `storyboard reperage`: the group reviews the markers of its project (the Clap's second half). */
export async function runReperage(context: CliContext, file: string | undefined): Promise<void> {
  const { io } = context;
  const loaded = await loadContent(context.contentFile);
  requireTerminal(io, 'reperage');
  const prompts = await promptsOf(context);
  const { chooseProjectFile } = await import('../ask/resume-menu.js');
  const path = await resolveProjectFile(file, 'reperage', io.cwd, (files) => chooseProjectFile(prompts, files));
  const [{ ProjectSession }, { tellOnStderr }, { reperageInTerminal }] = await Promise.all([
    import('../project-session.js'),
    import('../interview.js'),
    import('../reperage-session.js'),
  ]);
  const session = await ProjectSession.open(path, 'reperage', tellOnStderr(io));
  try {
    await reperageInTerminal(io, prompts, session, followRenames(session.project, loaded.content).project, loaded);
  } finally {
    await session.close();
  }
}
