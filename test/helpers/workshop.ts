import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { REPO } from './run-cli.js';
import { runStoryboard } from './run-in-process.js';

const COMPLETE = parse(readFileSync(join(REPO, 'test/fixtures/story/complete.yaml'), 'utf8')) as {
  project: Record<string, unknown>;
  answers: Record<string, string>;
};

/** An answers file: `count` answers of the complete fixture, under another name. */
function answersFile(name: string, count: number, extra: Record<string, unknown> = {}): string {
  const answers = Object.fromEntries(Object.entries(COMPLETE.answers).slice(0, count));
  return stringify({ project: { ...COMPLETE.project, name }, answers, ...extra });
}

export const WORKSHOP_FILES = {
  finished: 'a-fabrique.storyboard.yaml',
  finishedNoReperage: 'b-jardin.storyboard.yaml',
  half: 'c-velo.storyboard.yaml',
  started: 'd-cafe.storyboard.yaml',
  empty: 'e-radio.storyboard.yaml',
  damaged: 'f-abime.storyboard.yaml',
} as const;

/**
 * A workshop folder made as groups would make it, with storyboard new: a finished project with
 * its repérage, a finished one without, one half done, one just started, one with nothing yet,
 * and one damaged file.
 */
export async function workshopFolder(): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), 'storyboard-atelier-'));
  const make = async (file: string, text: string) => {
    writeFileSync(join(cwd, 'reponses.yaml'), text);
    const result = await runStoryboard(['new', '--answers', 'reponses.yaml', '--file', file], { cwd });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  await make(
    WORKSHOP_FILES.finished,
    answersFile('La Fabrique des Deux Rives', 31, {
      reperage: [
        { family: 'gouvernance-partagee', decision: 'confirmed' },
        { family: 'besoin-collectif', decision: 'confirmed' },
        { family: 'diffusion', decision: 'added', question: 'diffusion.essaimage', note: 'Un deuxième atelier a ouvert.' },
        { family: 'rupture', decision: 'rejected' },
      ],
    }),
  );
  await make(WORKSHOP_FILES.finishedNoReperage, answersFile('Le Jardin partagé', 31));
  await make(WORKSHOP_FILES.half, answersFile('Vélos solidaires ; « atelier »', 16));
  await make(WORKSHOP_FILES.started, answersFile('Café des possibles', 2));
  await make(WORKSHOP_FILES.empty, stringify({ project: { name: 'Radio =1+1' } }));
  writeFileSync(join(cwd, WORKSHOP_FILES.damaged), 'format: 1\nproject: [\n');
  return cwd;
}
