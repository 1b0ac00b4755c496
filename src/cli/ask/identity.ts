import type { ChalkInstance } from 'chalk';
import type { Content } from '../../sequences/content-schema.js';
import { numberedSequenceCount, questionCount } from '../../sequences/progress.js';
import type { ProjectIdentity } from '../../sequences/project.js';
import { command } from '../command-name.js';
import { wrap } from '../layout.js';
import type { Prompts } from '../prompts.js';
import { safeText } from '../terminal-text.js';

/** The first screen of `new`: what this is, how long it takes, how to stop and come back. */
export function welcome(content: Content, style: ChalkInstance, width: number): string {
  const questions = questionCount(content);
  const paragraph = (text: string) => wrap(text, width);
  // A list item's continuation lines line up under its text.
  const item = (text: string) => wrap(`• ${text}`, width, '  ');
  return [
    '',
    style.bold(paragraph(safeText(content.title))),
    content.subtitle ? style.dim(paragraph(safeText(content.subtitle))) : '',
    '',
    paragraph(
      `Vous allez parcourir ${numberedSequenceCount(content)} séquences puis le Clap, ${questions} questions en tout, ` +
        "pour raconter votre projet et repérer ce qui en fait une innovation sociale. Comptez une à deux heures, en une ou plusieurs fois.",
    ),
    '',
    item('Chaque réponse est enregistrée dès que vous la validez.'),
    item('Une question vous bloque ? Validez une réponse vide : elle restera « à compléter ».'),
    item(`Pour arrêter : Ctrl+C. Pour reprendre plus tard : ${command('resume')}.`),
    '',
  ]
    .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
    .join('\n')
    .concat('\n');
}

/** Asks the project's identity; only the name is required. */
export async function askIdentity(
  prompts: Prompts,
  name: string | undefined,
  validateName: (name: string) => true | string,
): Promise<ProjectIdentity> {
  const projectName =
    name?.trim() ||
    (await prompts.line('Nom du projet', (value: string) =>
      value.trim() === '' ? 'Le nom du projet est nécessaire pour créer son fichier.' : validateName(value.trim()),
    ));
  const structure = await prompts.line('Structure porteuse (association, coopérative… — facultatif)');
  const territory = await prompts.line('Territoire (commune, quartier… — facultatif)');
  const contributors = await prompts.line('Contributeurs et contributrices, séparés par des virgules (facultatif)');
  return {
    name: projectName.trim(),
    structure,
    territory,
    contributors: contributors.split(',').map((person) => person.trim()).filter(Boolean),
  };
}
