import * as v from 'valibot';
import { loose as object, mapping, QUESTION_ID, str } from './schema-kit.js';

/** The project file format this version of storyboard writes; a newer one is refused. */
export const PROJECT_FORMAT = 1;

const date = (what: string) => v.pipe(str(what), v.isoTimestamp(`${what} doit être une date (AAAA-MM-JJTHH:MM:SSZ)`));

const AnswerSchema = object({ text: str('le texte de la réponse'), answered: date('la date de la réponse') }, 'une réponse');
const DraftSchema = object({ text: str('le brouillon'), saved: date('la date du brouillon') }, 'un brouillon');

const keyedByQuestion = <T extends v.GenericSchema>(value: T, what: string) =>
  v.pipe(
    mapping(what),
    v.record(v.pipe(v.string(), v.regex(QUESTION_ID, `identifiant de question invalide dans ${what}`)), value),
  );

/**
 * The project file. Loose objects: a key we do not know (added by hand, or by a newer
 * storyboard of the same format) is kept as it is rather than refused or dropped.
 */
export const ProjectSchema = object(
  {
    format: v.literal(PROJECT_FORMAT, 'format de fichier projet inconnu'),
    content: object({ id: str("l'identifiant du contenu"), version: str('la version du contenu') }, 'le contenu'),
    project: object(
      {
        name: v.pipe(str('le nom du projet'), v.trim(), v.nonEmpty('le nom du projet ne doit pas être vide')),
        structure: v.optional(str('la structure porteuse')),
        territory: v.optional(str('le territoire')),
        contributors: v.optional(v.array(str('un contributeur'), 'les contributeurs doivent être une liste')),
      },
      'le projet',
    ),
    created: date('la date de création'),
    updated: date('la date de mise à jour'),
    answers: v.optional(keyedByQuestion(AnswerSchema, 'les réponses'), {}),
    drafts: v.optional(keyedByQuestion(DraftSchema, 'les brouillons'), {}),
    skipped: v.optional(v.array(v.pipe(str('une question passée'), v.regex(QUESTION_ID, 'identifiant de question invalide')), 'les questions passées doivent être une liste'), []),
  },
  'le fichier projet',
);

export type Project = v.InferOutput<typeof ProjectSchema>;
export type ProjectIdentity = Project['project'];
export type Answer = Project['answers'][string];
