import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../src/sequences/index.js';
import { compileDetector, detectMarkers, detectMarkersInAnswers } from '../../../src/sequences/markers/index.js';
import { content, families } from './helpers.js';

describe('detectMarkers', () => {
  it('returns each hit with its family, marker, label and evidence span', () => {
    const text = 'Avant tout :\n– les décisions sont prises collectivement en AG 🎉';
    const [hit] = detectMarkers(text, content);
    expect(hit).toMatchObject({ family: 'gouvernance-partagee', marker: 'decision-collegiale', label: 'Prise de décision collégiale' });
    expect(text.slice(hit?.start, hit?.end)).toBe(hit?.evidence);
    expect(hit?.evidence).toContain('collectivement');
  });

  it('reads text typed without accents, with abbreviations and inclusive writing', () => {
    expect(families("l'asso vit des cotisations des adherent·e·s et d'une subvention de la mairie")).toEqual([
      'ressources-hybrides',
    ]);
  });

  it('counts a need even when it is said with a negation, and cancels other negated markers', () => {
    expect(families("Au village, il n'existait aucun mode de garde pour les tout-petits.")).toContain('besoin-collectif');
    expect(families("Nous n'avons aucune subvention et pas de bénévoles, seulement des ventes.")).not.toContain(
      'ressources-hybrides',
    );
    expect(families('Pour que personne ne soit exclu, la cotisation est calculée selon les revenus.')).toContain('accessibilite');
  });

  it('reads a business that sponsors an association as a business, whatever its trade', () => {
    const salon = [
      'Depuis 2012, notre équipe vous accueille au cœur de la ville pour des soins du visage et des massages.',
      'Nos expertes vous conseillent et nous travaillons avec des producteurs locaux.',
      'Tarifs : soin découverte à partir de 45 €, carte de fidélité offerte, devis gratuit pour les mariages.',
      'Prenez rendez-vous en ligne ou contactez-nous par téléphone, du mardi au samedi.',
      'Chaque mois, nous soutenons une association solidaire du quartier et ses bénévoles.',
      "Parce que le bien-être est accessible à tous, nous proposons aussi des soins à petits prix pour les étudiants et les retraités de la région, avec une vraie attention à chacun.",
    ].join(' ');
    expect(families(salon)).toEqual([]);
  });

  it('reads a guest house as a business even when it is built green and open to disabled guests', () => {
    const guestHouse = [
      'Notre maison d’hôtes a été rénovée avec des matériaux naturels et locaux, une isolation en chanvre et des panneaux solaires.',
      'Elle accueille les personnes en situation de handicap et nous demandons le label Tourisme et Handicap.',
      'Trois chambres d’hôtes et un écogîte, à partir de 70 € la nuit pour deux, petit-déjeuner compris.',
    ].join(' ');
    expect(families(guestHouse)).toEqual([]);
    // The same rooms run by an association that employs disabled workers stay a social project.
    const esat = [
      'Les chambres d’hôtes du domaine sont tenues par l’ESAT du village : douze travailleurs handicapés y trouvent un emploi.',
      'L’association les a ouvertes avec la commune et les habitants, qui ont donné des meubles.',
      'Les recettes des nuitées et une subvention du Département financent les salaires.',
    ].join(' ');
    expect(families(esat)).toContain('ressources-hybrides');
  });

  it('reads a count of places opened as spreading, a year of opening as nothing', () => {
    expect(families('Depuis, l’association a ouvert 3 boutiques solidaires dans le département.')).toContain('diffusion');
    expect(families('Ouverte en 2000, la boutique solidaire du quartier a changé de local.')).not.toContain('diffusion');
  });

  it("reads a local authority's public service as collective, not as a business", () => {
    const navette = [
      "La Communauté de communes étend son service de transport à la demande à six nouvelles communes.",
      'Il suffit de réserver la veille pour être conduit au bourg, à la gare ou à la maison de santé.',
      'Le ticket coûte deux euros et le trajet est gratuit pour les moins de douze ans.',
      'Le service fonctionne du lundi au samedi et le réseau compte déjà quarante arrêts dans la vallée,',
      'avec des horaires affichés en mairie et sur le site internet de l intercommunalité pour tous les usagers du secteur.',
    ].join(' ');
    expect(families(navette)).toContain('accessibilite');
  });

  it('needs two different kinds of resources for hybrid resources', () => {
    expect(families('Nous vivons des ventes de la boutique et de la revente de vélos.')).not.toContain('ressources-hybrides');
    expect(families('Nous vivons des ventes de la boutique et des dons des habitants.')).toContain('ressources-hybrides');
  });

  it('compiles the indicators of a content once', () => {
    expect(compileDetector(content)).toBe(compileDetector(content));
  });

  it('works with a facilitator’s own indicators, and with none', () => {
    const custom = parseContent(
      [
        'format: 1',
        'id: atelier',
        'version: "1"',
        'title: Atelier',
        'credits: nous',
        'sequences:',
        '  - id: rupture',
        '    title: Rupture',
        '    intro: En quoi le projet fait-il autrement ?',
        '    questions: [{ id: rupture.pratiques, text: En quoi ?, examples: [Ici.] }]',
        '    markers:',
        '      - id: troc',
        '        label: Le troc plutôt que l’achat',
        '        indicators: ["troqu*", "(échange de|échanges de) ~2 graine*"]',
        '      - id: vide',
        '        label: Sans indicateur',
      ].join('\n'),
    );
    expect(detectMarkers('On troque des graines.', custom).map((hit) => hit.marker)).toEqual(['troc']);
    expect(detectMarkers("Des échanges de belles graines", custom)).toHaveLength(1);
    expect(detectMarkers('On vend des graines.', custom)).toEqual([]);
  });
});

describe('detectMarkersInAnswers', () => {
  it('reads the answers together, and points each hit at its question and its offsets there', () => {
    const answers = {
      'ressources-hybrides.financements': 'La mairie nous prête la salle.',
      'clap.histoire': 'Le samedi, on vend des crêpes sur le marché.',
    };
    const hits = detectMarkersInAnswers(answers, content);
    expect(hits.map((hit) => hit.question)).toEqual(['ressources-hybrides.financements', 'clap.histoire']);
    for (const hit of hits) {
      expect(answers[hit.question as keyof typeof answers].slice(hit.start, hit.end)).toBe(hit.evidence);
    }
  });

  it('finds nothing in no answers', () => {
    expect(detectMarkersInAnswers({}, content)).toEqual([]);
  });
});
