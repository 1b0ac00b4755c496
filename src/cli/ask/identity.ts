import type { ChalkInstance } from 'chalk';
import type { Content } from '../../sequences/content-schema.js';
import { numberedSequenceCount, questionCount } from '../../sequences/progress.js';
import type { ProjectIdentity } from '../../sequences/project.js';
import { safeText } from '../terminal-text.js';
import { inputFr } from './french-theme.js';

/** The first screen of `new`: what this is, how long it takes, how to stop and come back. */
export function welcome(content: Content, style: ChalkInstance): string {
  const questions = questionCount(content);
  return [
    '',
    style.bold(safeText(content.title)),
    content.subtitle ? style.dim(safeText(content.subtitle)) : '',
    '',
    `Vous allez parcourir ${numberedSequenceCount(content)} séquences puis le Clap, ${questions} questions en tout,`,
    "pour raconter votre projet et repérer ce qui en fait une innovation sociale.",
    'Comptez une à deux heures, en une ou plusieurs fois.',
    '',
    '• Chaque réponse est enregistrée dès que vous la validez.',
    '• Une question vous bloque ? Validez une réponse vide : elle restera « à compléter ».',
    '• Pour arrêter : Ctrl+C. Pour reprendre plus tard : storyboard resume.',
    '',
  ]
    .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
    .join('\n')
    .concat('\n');
}

/** Asks the project's identity; only the name is required. */
export async function askIdentity(
  name: string | undefined,
  validateName: (name: string) => true | string,
): Promise<ProjectIdentity> {
  const projectName =
    name?.trim() ||
    (await inputFr({
      message: 'Nom du projet',
      validate: (value: string) => (value.trim() === '' ? 'Le nom du projet est nécessaire pour créer son fichier.' : validateName(value.trim())),
    }));
  const structure = await inputFr({ message: 'Structure porteuse (association, coopérative… — facultatif)' });
  const territory = await inputFr({ message: 'Territoire (commune, quartier… — facultatif)' });
  const contributors = await inputFr({ message: 'Contributeurs et contributrices, séparés par des virgules (facultatif)' });
  return {
    name: projectName.trim(),
    structure,
    territory,
    contributors: contributors.split(',').map((person) => person.trim()).filter(Boolean),
  };
}
