import * as v from 'valibot';
import { loose as object, mapping, QUESTION_ID, SLUG, str } from './schema-kit.js';

/** The project file format this version of storyboard writes; a newer one is refused. */
export const PROJECT_FORMAT = 1;

const date = (what: string) => v.pipe(str(what), v.isoTimestamp(`${what} doit être une date (AAAA-MM-JJTHH:MM:SSZ)`));

const AnswerSchema = object({ text: str('le texte de la réponse'), answered: date('la date de la réponse') }, 'une réponse');
const DraftSchema = object({ text: str('le brouillon'), saved: date('la date du brouillon') }, 'un brouillon');

/** What the group decided about a family of markers, in the Clap's repérage. */
export const DECISIONS = ['confirmed', 'rejected', 'added'] as const;
export type Decision = (typeof DECISIONS)[number];

const ReperageEntrySchema = object(
  {
    family: v.pipe(str('la famille'), v.regex(SLUG, 'la famille doit être un identifiant de séquence (ex. gouvernance-partagee)')),
    decision: v.picklist(DECISIONS, 'la décision doit être « confirmed » (confirmée), « rejected » (écartée) ou « added » (ajoutée)'),
    /** The words storyboard showed, for a family it found. */
    evidence: v.optional(v.array(str('un extrait'), 'les extraits doivent être une liste')),
    /** The answer the group pointed to, for a family it added. */
    question: v.optional(v.pipe(str('la question'), v.regex(QUESTION_ID, 'identifiant de question invalide'))),
    note: v.optional(str('la note du groupe')),
    date: date('la date du choix'),
  },
  'un choix du repérage',
);

/** One decision per family: a second one for the same family would leave it ambiguous. */
export const ReperageListSchema = v.pipe(
  v.array(ReperageEntrySchema, 'le repérage doit être une liste'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((entry, index) => {
      if (seen.has(entry.family)) {
        addIssue({
          message: `la famille « ${entry.family} » a deux choix dans le repérage : gardez-en un seul`,
          path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: entry }],
        });
      }
      seen.add(entry.family);
    });
  }),
);

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
    /** Written once the group has reviewed the markers (Clap); absent before. */
    reperage: v.optional(ReperageListSchema),
  },
  'le fichier projet',
);

export type Project = v.InferOutput<typeof ProjectSchema>;
export type ProjectIdentity = Project['project'];
export type Answer = Project['answers'][string];
export type ReperageEntry = NonNullable<Project['reperage']>[number];
