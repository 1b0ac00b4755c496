import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/sequences/index.js';

const CONTENT = fileURLToPath(new URL('../../content/sequences.yaml', import.meta.url));
const content = parseContent(readFileSync(CONTENT, 'utf8'), CONTENT);

/** The guiding questions of the seed (../shared/seed), word for word, in its order. */
const SEED_QUESTIONS: Record<string, string[]> = {
  'besoin-collectif': [
    "Qu'est-ce qui a motivé l'émergence de l'initiative ?",
    'Une envie ? Un besoin ?',
    "Ces éléments sont-ils partagés par d'autres acteurs ? Par les bénéficiaires ?",
  ],
  beneficiaires: ["Qui va bénéficier de l'initiative ?", 'Quels sont les bénéficiaires directs du projet ?'],
  'multi-partenariat': [
    'Comment les bénéficiaires sont-ils impliqués ?',
    'Comment participent-ils ? (présence...)',
    'Quels sont les acteurs qui participent aux projets ?',
  ],
  'ancrage-territorial': [
    "Comment le projet s'inscrit-il dans le territoire ?",
    'Quels sont les liens avec les acteurs du territoire ?',
    'Les acteurs mobilisés sont-ils issus du territoire ?',
    "Le projet s'appuie-t-il sur les ressources humaines, naturelles, économiques du territoire ?",
  ],
  'gouvernance-partagee': [
    'Quels sont les acteurs associés à la construction du projet ?',
    'De quelles manières le sont-ils ?',
    'Participent-ils à un comité de pilotage élargi ? Permanent ou occasionnel ?',
    'Sont-ils intégrés à une instance statutaire ? Laquelle ?',
    "La gouvernance du projet se traduit-elle par la mise en place d'autres espaces d'expression ou de débat ? Lesquels ? Qui y participe ?",
  ],
  'ressources-hybrides': [
    "L'initiative prévoit-elle des financements publics, des activités commerciales, du don, de l'implication des bénévoles, une monnaie solidaire, de la mutualisation... ?",
  ],
  accessibilite: ["Quels types d'accès le projet favorise-t-il ?", 'Comment ces accès sont-ils rendus possibles ?'],
  'usage-finalite': ["Le projet favorise-t-il une logique d'usage ?"],
  diffusion: [
    'Que cherche-t-on à diffuser ?',
    'Quelles sont les modalités de diffusion ?',
    'Essaimage ?',
    'Apprentissage de pratiques ?',
    "Comment s'effectue la diffusion ?",
  ],
  'changement-social': [
    'Quels sont les changements apportés par le projet ? Se produisent-ils à l\'échelle individuelle ou plus collective (changement des normes) ?',
  ],
  rupture: [
    "En quoi le projet s'inscrit-il en rupture par rapport aux pratiques habituelles ?",
    'Quels changements dans les façons de faire et les solutions apportées ?',
  ],
  // The seed's capital A without its accent, as French typography writes it: « À partir ».
  clap: ['À partir du storyboard : racontez votre histoire !', "Repérez les marqueurs de l'innovation sociale !"],
};

/** A few of the seed's marker phrases, each of which must be a marker label of its séquence. */
const SEED_MARKERS: [string, string][] = [
  ['besoin-collectif', 'Répondre à un besoin collectif et non dans une logique individuelle'],
  ['beneficiaires', 'Nouvelles réponses aux habitants et par les habitants'],
  ['gouvernance-partagee', 'Vie démocratique, multi-acteurs'],
  ['gouvernance-partagee', 'Prise de décision collégiale'],
  ['ressources-hybrides', 'Nouveaux modèles économiques'],
  ['accessibilite', 'Démocratisation culturelle'],
  ['diffusion', 'Duplication ; essaimage'],
];

describe('the shipped storyboard', () => {
  it('has the 12 séquences of DESIGN.md §3, in the seed order, the Clap last', () => {
    expect(content.sequences.map((sequence) => sequence.id)).toEqual([
      'besoin-collectif',
      'beneficiaires',
      'multi-partenariat',
      'ancrage-territorial',
      'gouvernance-partagee',
      'ressources-hybrides',
      'accessibilite',
      'usage-finalite',
      'diffusion',
      'changement-social',
      'rupture',
      'clap',
    ]);
  });

  it.each(Object.entries(SEED_QUESTIONS))('asks every seed question of %s, word for word', (id, questions) => {
    const sequence = content.sequences.find((candidate) => candidate.id === id);
    expect(sequence?.questions.map((question) => question.text)).toEqual(questions);
  });

  it.each(SEED_MARKERS)('has the seed marker of %s « %s »', (id, label) => {
    const sequence = content.sequences.find((candidate) => candidate.id === id);
    expect(sequence?.markers.map((marker) => marker.label)).toContain(label);
  });

  it('gives every question a hint and at least one example, and every séquence an intro', () => {
    for (const sequence of content.sequences) {
      expect(sequence.intro.length).toBeGreaterThan(20);
      for (const question of sequence.questions) {
        expect(question.hint, question.id).toBeTruthy();
        expect(question.examples.length, question.id).toBeGreaterThan(0);
      }
    }
  });

  it('gives every marker family at least one marker, and the Clap none', () => {
    for (const sequence of content.sequences) {
      if (sequence.id === 'clap') expect(sequence.markers).toEqual([]);
      else expect(sequence.markers.length, sequence.id).toBeGreaterThan(0);
    }
  });

  it('points editors at the shipped JSON Schema', () => {
    expect(readFileSync(CONTENT, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/content.schema.json',
    );
  });
});
