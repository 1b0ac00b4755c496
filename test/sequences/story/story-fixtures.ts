import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Content, type Project, parseContent, projectFromAnswersFile } from '../../../src/sequences/index.js';
import type { StoryHit } from '../../../src/sequences/story/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const CONTENT: Content = parseContent(readFileSync(here('../../../content/sequences.yaml'), 'utf8'));
export const DATE = '2024-05-02';
const NOW = new Date('2024-05-02T10:00:00Z');

export function fixtureProject(name: 'complete' | 'unfinished'): Project {
  return projectFromAnswersFile(readFileSync(here(`../../fixtures/story/${name}.yaml`), 'utf8'), CONTENT, NOW);
}

/** A project with the given answers, as `new --answers` would make it. */
export function projectWith(answers: Record<string, string>, name = 'Projet test'): Project {
  const yaml = JSON.stringify({ project: { name }, answers });
  return projectFromAnswersFile(yaml, CONTENT, NOW);
}

/** A hand-made hit on the first occurrence of `evidence` in the answer to `question`. */
export function hit(project: Project, question: string, evidence: string, family: string, marker: string): StoryHit {
  const text = project.answers[question]?.text ?? '';
  const start = text.indexOf(evidence);
  if (start === -1) throw new Error(`« ${evidence} » absent de ${question}`);
  const label = CONTENT.sequences.find((sequence) => sequence.id === family)?.markers.find((item) => item.id === marker)?.label ?? marker;
  return { family, marker, label, evidence, start, end: start + evidence.length, question };
}

/** Seven families of eleven found in the complete fixture; accessibility, diffusion, change and rupture not. */
export function completeHits(project: Project): StoryHit[] {
  return [
    hit(project, 'besoin-collectif.partage', 'Une enquête auprès de 150 habitants a confirmé ce manque', 'besoin-collectif', 'besoin-collectif'),
    hit(project, 'beneficiaires.qui', 'Les habitants du quartier', 'beneficiaires', 'par-et-pour-les-habitants'),
    hit(project, 'multi-partenariat.implication-beneficiaires', 'Les usagers tiennent eux-mêmes les permanences', 'multi-partenariat', 'participation-habitants'),
    hit(project, 'multi-partenariat.acteurs', 'La commune prête le local, le centre social oriente les familles', 'multi-partenariat', 'multiplier-partenariats'),
    hit(project, 'ancrage-territorial.inscription', 'enjeux de développement du territoire', 'ancrage-territorial', 'enjeux-developpement'),
    hit(project, 'gouvernance-partagee.manieres', 'votées en assemblée générale', 'gouvernance-partagee', 'decision-collegiale'),
    hit(project, 'gouvernance-partagee.instances', 'les décisions sont prises au consensus', 'gouvernance-partagee', 'decision-collegiale'),
    hit(project, 'ressources-hybrides.financements', 'La commune met le local à disposition', 'ressources-hybrides', 'modeles-economiques'),
    hit(project, 'ressources-hybrides.financements', 'prix libre', 'ressources-hybrides', 'modeles-economiques'),
    hit(project, 'usage-finalite.logique-usage', "lutte contre l'isolement", 'usage-finalite', 'lutter-isolement'),
    // A family found in another séquence's answer, and two families on one span.
    hit(project, 'clap.marqueurs', 'gouvernance partagée', 'gouvernance-partagee', 'vie-democratique'),
    hit(project, 'clap.marqueurs', "l'ancrage dans le quartier", 'ancrage-territorial', 'adaptation-territoire'),
    hit(project, 'clap.marqueurs', "l'ancrage dans le quartier", 'beneficiaires', 'par-et-pour-les-habitants'),
  ];
}
