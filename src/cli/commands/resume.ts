import { type Content, progressOf, StoryboardError } from '../../sequences/index.js';
import { loadContent } from '../content.js';
import { requireTerminal } from '../interactive.js';
import type { CliContext } from '../program.js';
import { resolveProjectFile } from '../project-file.js';
import { contentMismatch, readProject } from '../store.js';

export interface ResumeOptions {
  sequence?: string;
}

/** Continues a project over as many sittings as the person needs. */
export async function runResume(context: CliContext, file: string | undefined, options: ResumeOptions): Promise<void> {
  const content = await loadContent(context.contentFile);
  if (options.sequence && !content.sequences.some((sequence) => sequence.id === options.sequence)) {
    throw new StoryboardError({
      message: `séquence inconnue « ${options.sequence} ». Séquences possibles : ${content.sequences.map((sequence) => sequence.id).join(', ')}`,
    });
  }
  requireTerminal('resume');
  const { chooseProjectFile } = await import('../ask/resume-menu.js');
  const path = await resolveProjectFile(file, 'resume', chooseProjectFile);
  const { lockProject } = await import('../lock.js');
  const release = await lockProject(path, 'resume');
  try {
    await resumeLocked(path, content, options);
  } finally {
    await release();
  }
}

async function resumeLocked(path: string, content: Content, options: ResumeOptions): Promise<void> {
  const { chooseResumeAction, overview } = await import('../ask/resume-menu.js');
  const project = await readProject(path);

  const mismatch = contentMismatch(project, content);
  process.stdout.write(overview(project, progressOf(content, project), mismatch));

  const action = options.sequence
    ? ({ kind: 'sequence', id: options.sequence } as const)
    : await chooseResumeAction(content, progressOf(content, project));
  const { interview } = await import('../interview.js');
  // « Finir avec le Clap » is the Clap séquence itself: telling the story.
  await interview({ path, project, content, mode: action.kind === 'clap' ? { kind: 'sequence', id: 'clap' } : action });
}
