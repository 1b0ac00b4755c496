import type { ChalkInstance } from 'chalk';
import type { Content } from '../../sequences/content-schema.js';
import { numberedSequenceCount, questionCount } from '../../sequences/progress.js';
import type { ProjectIdentity } from '../../sequences/project.js';
import { command } from '../command-name.js';
import { type Io, promptContext } from '../io.js';
import { textWidth, wrap } from '../layout.js';
import { safeText } from '../terminal-text.js';
import { plainMode } from '../plain.js';
import { inputFr } from './french-theme.js';
import { plainLine } from './plain-console.js';

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
  io: Io,
  name: string | undefined,
  validateName: (name: string) => true | string,
): Promise<ProjectIdentity> {
  const ask = plainMode(io)
    ? (message: string, validate?: (value: string) => true | string) => plainAsk(io, message, validate)
    : (message: string, validate?: (value: string) => true | string) =>
        inputFr({ message: fitMessage(message, textWidth(io.stdout, io.env)), validate }, promptContext(io));
  const projectName =
    name?.trim() ||
    (await ask('Nom du projet', (value: string) =>
      value.trim() === '' ? 'Le nom du projet est nécessaire pour créer son fichier.' : validateName(value.trim()),
    ));
  const structure = await ask('Structure porteuse (association, coopérative… — facultatif)');
  const territory = await ask('Territoire (commune, quartier… — facultatif)');
  const contributors = await ask('Contributeurs et contributrices, séparés par des virgules (facultatif)');
  return {
    name: projectName.trim(),
    structure,
    territory,
    contributors: contributors.split(',').map((person) => person.trim()).filter(Boolean),
  };
}

/** The plain-mode question: asked again, with the reason, until the answer is valid. */
async function plainAsk(io: Io, message: string, validate?: (value: string) => true | string): Promise<string> {
  for (;;) {
    const value = await plainLine(io, message);
    const verdict = validate?.(value) ?? true;
    if (verdict === true) return value;
    io.stdout.write(`${verdict}\n`);
  }
}

/**
 * A question broken at words to fit after inquirer's "? ", its continuation lines under its
 * text; a third of the line stays free for the answer, which inquirer puts after it.
 */
function fitMessage(message: string, width: number): string {
  return wrap(message, Math.max(12, Math.floor(width * 0.66)), '').replace(/\n/g, '\n  ');
}
