import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compileModel,
  detectMarkers,
  detectMarkersInAnswers,
  type MarkerModel,
  namedFeatures,
  readTrainingUnit,
  tokenise,
} from '../../../src/sequences/markers/index.js';
import { ModelReader } from '../../../src/sequences/markers/model.js';
import { forEachSentence, type Token } from '../../../src/sequences/markers/tokenise.js';
import { content } from './helpers.js';

/** A stem as the model counts it (the folded word's). */
const stem = (word: string) => {
  const [token] = tokenise(word);
  return token?.keys[token.keys.length - 1] ?? '';
};

interface FamilyWeights {
  bias: number;
  threshold: { text: number; answer: number };
  weights: Record<string, number>;
}

/** A model file from weights written family by family (thousandths), as the training writes it. */
function modelOf(families: Record<string, FamilyWeights>, project?: { bias: number; rescue: number; weights: Record<string, number> }): MarkerModel {
  const names = Object.keys(families);
  const weights: Record<string, number[]> = {};
  const put = (table: Record<string, number>, column: number) => {
    for (const [name, weight] of Object.entries(table)) {
      weights[name] ??= [];
      weights[name].push(column, weight);
    }
  };
  names.forEach((name, column) => {
    put((families[name] as FamilyWeights).weights, column);
  });
  if (project) put(project.weights, names.length);
  return {
    format: 2,
    families: names,
    bias: names.map((name) => (families[name] as FamilyWeights).bias),
    thresholds: { text: names.map((name) => (families[name] as FamilyWeights).threshold.text), answer: names.map((name) => (families[name] as FamilyWeights).threshold.answer) },
    ...(project ? { project: { bias: project.bias, rescue: project.rescue } } : {}),
    weights,
  };
}

const diffusionWeights = () => ({
  [`${stem('gens')} ${stem('lens')}`]: 8000,
  [stem('imitent')]: 15000,
  [stem('pareil')]: 3000,
  [stem('crêpes')]: -2000,
  '#q:diffusion': 9000,
});

/**
 * A hand-made model: diffusion from "nous imitent" and "pareil" (words no indicator has), and
 * a question feature strong enough to decide alone, which it must never do.
 */
function handModel(project?: { bias: number; rescue: number; weights: Record<string, number> }): MarkerModel {
  const neutral = { bias: -3000, threshold: { text: 0.5, answer: 0.5 }, weights: {} };
  return modelOf(
    { 'besoin-collectif': neutral, diffusion: { bias: -2000, threshold: { text: 0.5, answer: 0.5 }, weights: diffusionWeights() } },
    project,
  );
}

describe('the learned scorer', () => {
  it('finds a family the indicators miss, with the clause that weighs most as its evidence', () => {
    const text =
      "Nous avons créé une épicerie solidaire où les décisions sont prises collectivement en AG. Des gens de Lens nous imitent désormais, avec leurs bénévoles.";
    expect(detectMarkers(text, content).map((hit) => hit.family)).not.toContain('diffusion');
    const hits = detectMarkers(text, content, { model: handModel() });
    const diffusion = hits.find((hit) => hit.family === 'diffusion');
    expect(diffusion?.evidence).toBe('Des gens de Lens nous imitent désormais');
    expect(text.slice(diffusion?.start, diffusion?.end)).toBe(diffusion?.evidence);
    // The family's marker whose indicators best match the clause, else its first one.
    expect(['duplication-essaimage', 'projet-essaimage']).toContain(diffusion?.marker);
  });

  it('adds nothing to a text where the indicators find nothing at all', () => {
    expect(detectMarkers('Des gens de Lens nous imitent désormais.', content, { model: handModel() })).toEqual([]);
  });

  it('never tags an answer from its question alone, and shows evidence from the answer itself', () => {
    const answers = {
      'besoin-collectif.motivation': "Les familles du quartier n'arrivaient plus à se nourrir, il n'y avait plus d'épicerie.",
      'diffusion.essaimage': 'Pas encore réfléchi.',
      'diffusion.comment': 'Des gens de Lens nous imitent désormais.',
    };
    const hits = detectMarkersInAnswers(answers, content, { model: handModel() });
    const diffusion = hits.filter((hit) => hit.family === 'diffusion');
    expect(diffusion.map((hit) => hit.question)).toEqual(['diffusion.comment']);
    for (const hit of hits) expect(answers[hit.question as keyof typeof answers].slice(hit.start, hit.end)).toBe(hit.evidence);
  });

  it('reads the same features for training as for detection', () => {
    const text = "L'épicerie solidaire a ouvert en 2019. Des gens de Lens nous imitent ; la mairie prête la salle.";
    const model = handModel();
    const compiled = compileModel(model);
    const reader = new ModelReader(compiled);
    const sentences: Token[][] = [];
    forEachSentence(text, (tokens) => {
      sentences.push(tokens);
      reader.readSentence(tokens);
    });
    const features = namedFeatures(sentences, [], undefined);
    const weights: Record<string, number> = diffusionWeights();
    let expected = -2;
    for (const [name, value] of features) expected += ((weights[name] ?? 0) / 1000) * value;
    const f = compiled.families.indexOf('diffusion');
    const { probability } = reader.probabilities(new Set(), undefined);
    expect(probability[f]).toBeCloseTo(1 / (1 + Math.exp(-expected)), 10);
    const training = readTrainingUnit(text, content);
    const words = new Map([...training.features].filter(([name]) => !name.startsWith('#i:')));
    expect(words).toEqual(features);
  });

  it('reads a text typed without accents as the same stems', () => {
    const accents = namedFeatures([tokenise('Les bénévoles réparent les vélos à prix libre')], [], undefined);
    const plain = namedFeatures([tokenise('Les benevoles reparent les velos a prix libre')], [], undefined);
    expect([...plain.keys()].sort()).toEqual([...accents.keys()].sort());
  });
});

describe('the project reading and the business filter', () => {
  // Six friends' festival: a collective need, said without any of the filter's social words.
  const festival = [
    "Dans notre coin du Haut-Pays, il n'y a aucune offre culturelle l'été pour les jeunes : le premier cinéma est à 40 minutes et il n'y a pas de bus.",
    "On est une bande de six potes et on organise un festival de musique d'un week-end dans un champ qu'on loue à un agriculteur.",
    'Aucune subvention : tout est payé par la billetterie (25 € le pass) et la buvette. On fait tout nous-mêmes.',
    "L'an dernier, 1 800 entrées. On aimerait grossir un peu chaque année, et faire venir des groupes de la région.",
  ].join(' ');
  const reading = (rescue: number): MarkerModel =>
    handModel({ bias: -1000, rescue, weights: { [stem('festival')]: 9000, [`${stem('offre')} ${stem('culturelle')}`]: 9000 } });

  it('lifts the filter from a real project whose words are in none of its lists', () => {
    expect(detectMarkers(festival, content)).toEqual([]);
    expect(detectMarkers(festival, content, { model: reading(0.6) }).map((hit) => hit.family)).toContain('besoin-collectif');
  });

  it('keeps it below the rescue threshold', () => {
    expect(detectMarkers(festival, content, { model: reading(0.99) })).toEqual([]);
  });

  it('reads a project as a whole', () => {
    const sentences = festival.split('. ');
    const answers = Object.fromEntries(sentences.map((sentence, i) => [`clap.histoire-${i}`, sentence]));
    expect(detectMarkersInAnswers(answers, content)).toEqual([]);
    expect(detectMarkersInAnswers(answers, content, { model: reading(0.6) }).length).toBeGreaterThan(0);
  });
});

describe('the shipped model (content/markers-model.json)', () => {
  const file = fileURLToPath(new URL('../../../content/markers-model.json', import.meta.url));
  const raw = readFileSync(file, 'utf8');
  const model = JSON.parse(raw) as MarkerModel;

  it('scores every family of the shipped content, with thresholds between 0 and 1', () => {
    const families = content.sequences.filter((sequence) => sequence.markers.length > 0).map((sequence) => sequence.id);
    expect(model.families).toEqual(families);
    for (const threshold of [...model.thresholds.text, ...model.thresholds.answer]) {
      expect(threshold).toBeGreaterThan(0);
      expect(threshold).toBeLessThanOrEqual(1);
    }
    expect(model.thresholds.text).toHaveLength(families.length);
    expect(model.thresholds.answer).toHaveLength(families.length);
  });

  it('stays small, since clap and markers load it', () => {
    expect(raw.length).toBeLessThan(150 * 1024);
  });
});
