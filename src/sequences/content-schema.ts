import * as v from 'valibot';
import { parsePattern } from './markers/pattern.js';
import { mapping, QUESTION_ID, SLUG, strict, text } from './schema-kit.js';

/** The content format this version of storyboard reads. */
export const CONTENT_FORMAT = 1;

const slug = (what: string) =>
  v.pipe(
    v.string(`${what} doit être un texte`),
    v.regex(SLUG, `${what} ne doit contenir que des minuscules sans accent, des chiffres et des tirets (ex. « besoin-collectif »)`),
  );

/**
 * An indicator, in the small syntax of content/README-indicateurs.md, checked as the file is
 * read so that a facilitator's typo points at its line instead of silently matching nothing.
 */
const PatternSchema = v.pipe(
  text('un indicateur'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const parsed = parsePattern(dataset.value);
    if ('error' in parsed) addIssue({ message: parsed.error });
  }),
);

/** What reveals a marker in free text: a pattern, or a pattern with the kind of evidence it is. */
export const IndicatorSchema = v.union(
  [
    PatternSchema,
    strict(
      {
        pattern: PatternSchema,
        kind: v.optional(slug("le type d'indicateur (kind)")),
        alone: v.optional(v.boolean('« alone » doit valoir true ou false')),
      },
      'un indicateur',
    ),
  ],
  (issue) => issue.issues?.[0]?.message ?? 'un indicateur doit être un texte, ou { pattern, kind, alone }',
);

const patterns = (what: string) => v.optional(v.array(PatternSchema, `${what} doivent être une liste d'indicateurs`), []);

export const MarkerSchema = strict(
  {
    id: slug("l'identifiant du marqueur"),
    label: text('le libellé du marqueur'),
    indicators: v.optional(v.array(IndicatorSchema, 'les indicateurs doivent être une liste'), []),
    kinds: v.optional(
      v.pipe(
        v.number('« kinds » doit être un nombre'),
        v.integer('« kinds » doit être un nombre entier'),
        v.minValue(2, '« kinds » vaut au moins 2'),
      ),
    ),
    negation: v.optional(v.picklist(['cancels', 'ignored'], '« negation » vaut « cancels » ou « ignored »'), 'cancels'),
    plans: v.optional(v.picklist(['count', 'ignore'], '« plans » vaut « count » ou « ignore »'), 'count'),
    requires: patterns('« requires »'),
    unless: patterns('« unless »'),
  },
  'un marqueur',
);

/** Signals that tell a social or collective project from an ordinary business. */
export const DetectionSchema = strict(
  {
    social: patterns('« social »'),
    commercial: patterns('« commercial »'),
  },
  'la détection (detection)',
);

export const QuestionSchema = strict(
  {
    id: v.pipe(
      v.string("l'identifiant de la question doit être un texte"),
      v.regex(QUESTION_ID, "l'identifiant de la question doit avoir la forme « séquence.question » (ex. « besoin-collectif.motivation »)"),
    ),
    text: text('le texte de la question'),
    /** The question in a few words, to introduce its answer in the story (default: its first sentence). */
    lead: v.optional(text("l'introduction de la réponse dans le récit")),
    hint: v.optional(text("l'aide de la question")),
    examples: v.optional(v.array(text('un exemple'), 'les exemples doivent être une liste de textes'), []),
    multiline: v.optional(v.boolean('« multiline » doit valoir true ou false'), true),
  },
  'une question',
);

export const SequenceSchema = strict(
  {
    id: slug("l'identifiant de la séquence"),
    title: text('le titre de la séquence'),
    intro: text("l'introduction de la séquence"),
    questions: v.pipe(
      v.array(QuestionSchema, 'les questions doivent être une liste'),
      v.minLength(1, 'une séquence doit avoir au moins une question'),
    ),
    markers: v.optional(v.array(MarkerSchema, 'les marqueurs doivent être une liste'), []),
  },
  'une séquence',
);

export const ContentSchema = strict(
  {
    format: v.literal(CONTENT_FORMAT, `« format » doit valoir ${CONTENT_FORMAT} (cette version de storyboard lit le format ${CONTENT_FORMAT})`),
    id: slug("l'identifiant du contenu"),
    version: text('la version du contenu'),
    title: text('le titre du storyboard'),
    subtitle: v.optional(text('le sous-titre')),
    credits: text('les crédits'),
    detection: v.optional(DetectionSchema),
    /**
     * Question ids renamed since an earlier version (`ancien.id: nouvel.id`): answers given
     * under the old id follow the question instead of being left behind.
     */
    renamed: v.optional(
      v.pipe(
        mapping('« renamed » (anciens identifiants de questions associés aux nouveaux)'),
        v.record(
          v.pipe(v.string(), v.regex(QUESTION_ID, "un ancien identifiant de « renamed » doit avoir la forme « séquence.question »")),
          v.pipe(
            v.string('le nouvel identifiant doit être un texte'),
            v.regex(QUESTION_ID, "le nouvel identifiant doit avoir la forme « séquence.question »"),
          ),
        ),
      ),
      {},
    ),
    sequences: v.pipe(
      v.array(SequenceSchema, 'les séquences doivent être une liste'),
      v.minLength(1, 'le storyboard doit avoir au moins une séquence'),
    ),
  },
  'le storyboard',
);

export type Content = v.InferOutput<typeof ContentSchema>;
export type Sequence = v.InferOutput<typeof SequenceSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type Marker = v.InferOutput<typeof MarkerSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Detection = v.InferOutput<typeof DetectionSchema>;
