import { describe, expect, it } from 'vitest';
import { families } from './helpers.js';

/** For each family: sentences that show it, and sentences that must not (negated, traps). */
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  'besoin-collectif': {
    yes: [
      "Des familles du quartier sautaient des repas pendant que les invendus finissaient à la poubelle.",
      "Dans le bourg, il n'y a plus aucun commerce depuis la fermeture de la dernière épicerie.",
      "Beaucoup de retraités vivent seuls et souffrent d'isolement.",
      'Les jeunes sans emploi du secteur manquent de solutions pour se former.',
      "Il n'existait aucune crèche à moins de vingt kilomètres.",
      'les familles en situation de precarite ne trouvent pas de logement',
    ],
    no: ['Nous organisons un concert le samedi soir dans la salle des fêtes.', 'Le café ouvre du mardi au dimanche.'],
  },
  beneficiaires: {
    yes: [
      "Les usagers et leurs familles, qui forment un second collège, votent à l'assemblée générale.",
      'Les usagers tiennent eux-mêmes la permanence du jeudi.',
      'Le jardin a été imaginé avec les habitants lors de réunions de concertation.',
      "Les parents assurent à tour de rôle l'accueil des enfants.",
      'Ce sont les locataires qui choisissent les activités.',
    ],
    no: [
      "Le samedi, les habitants apprennent à réparer eux-mêmes leur lave-linge.",
      'Les usagers ne participent pas à la préparation des repas.',
      'Nous accueillons des familles orientées par le CCAS.',
      'Le service est livré à domicile.',
    ],
  },
  'multi-partenariat': {
    yes: [
      'Le projet associe la commune, un bailleur social et une association de locataires.',
      'La fondation de la Caisse d’épargne finance le poste et le Département verse une subvention.',
      'Le projet réunit onze partenaires.',
    ],
    no: [
      'La commune et la communauté de communes financent le projet.',
      "Nous n'avons pas encore de partenaires, et aucune entreprise n'a répondu.",
      'Nos partenaires commerciaux sont deux supermarchés de la ville.',
    ],
  },
  'ancrage-territorial': {
    yes: [
      'La cantine se fournit auprès de maraîchers locaux.',
      "Un questionnaire distribué dans les sept communes du canton a fait émerger l'idée.",
      'Les deux salariés ont été recrutés dans le quartier.',
    ],
    no: ['Le siège est situé au 12 rue Victor-Hugo à Arras.', "Aucune entreprise locale n'a répondu."],
  },
  'gouvernance-partagee': {
    yes: [
      'Les orientations sont votées chaque année en assemblée générale.',
      'Les décisions sont prises collectivement par les bénévoles et les usagers.',
      'Dans la coopérative, chaque sociétaire dispose d’une voix.',
      'le CA est elu par les adherents a l AG',
    ],
    no: [
      "La décision revient au seul gérant, les usagers ne votent pas.",
      "Pas de CA ni d'AG : c'est la présidente qui décide.",
      'Un conseil d’administration de quatre investisseurs se réunit chaque trimestre.',
    ],
  },
  'ressources-hybrides': {
    yes: [
      'La mairie nous prête la salle et on vend des crêpes.',
      'Le budget repose sur les adhésions, une subvention de la Région et le travail des bénévoles.',
      'Les ventes de la boutique et une campagne de financement participatif ont permis d’ouvrir.',
    ],
    no: [
      'Tout est payé par la billetterie et la buvette, aucune subvention.',
      "On vend des paniers de légumes, nous n'avons pas de bénévoles.",
      'Le fonctionnement est couvert uniquement par les ventes.',
    ],
  },
  accessibilite: {
    yes: [
      "L'entrée est gratuite et ouverte à tous.",
      'Les ateliers sont à prix libre.',
      'Le tarif est calculé selon les revenus des familles.',
      'Les cours sont gratuits pour les demandeurs d’emploi.',
    ],
    no: ['Le magasin est ouvert du lundi au samedi.', 'Prix bas toute l’année pour attirer la clientèle.'],
  },
  'usage-finalite': {
    yes: [
      'Le but est de recréer du lien entre les habitants.',
      'Chaque année, vingt tonnes de déchets sont évitées grâce au réemploi.',
      "Le chantier accompagne les salariés vers un emploi durable.",
      'Le café est pensé comme un lieu de rencontre.',
    ],
    no: ['Le vélo électrique permet de se déplacer vite.', 'La boutique vend des vêtements de marque.'],
  },
  diffusion: {
    yes: [
      "Le bus est le quatrième du genre dans la région, après celui de la Thiérache.",
      'Après Lens, nous avons ouvert une deuxième épicerie à Liévin.',
      "L'association est membre de la fédération nationale des ressourceries.",
      'Trois communes voisines ont copié notre fonctionnement.',
      'Le concept est né à Montréal.',
    ],
    no: [
      'Nous aimerions ouvrir un second atelier, mais rien n’est lancé.',
      "Nous n'avons pas encore rejoint le réseau régional.",
      'Il existe plus de deux cents ateliers de ce type en France.',
    ],
  },
  'changement-social': {
    yes: [
      'Des ateliers de sensibilisation sont proposés dans les écoles.',
      'Les participants apprennent à réparer leurs appareils.',
      'Le projet a fait évoluer les habitudes de consommation des familles.',
      'Peu à peu, les habitants regardent autrement leur quartier.',
    ],
    no: ['Les participants repartent avec un repas chaud.', 'Le service est rapide et efficace.'],
  },
  rupture: {
    yes: [
      "Pour l'élue, c'est un renversement : on ne demande plus aux gens de prouver qu'ils sont prêts.",
      "Notre épicerie n'est pas comme les autres : les clients y travaillent.",
      'Contrairement à une aide alimentaire classique, chacun choisit ses produits.',
      "C'est le premier service de ce type dans l'Audomarois.",
      'Ici, on sort de la logique marchande.',
    ],
    no: [
      'Mon concept est en rupture avec les boulangeries classiques.',
      'Notre gamme de bières est une première dans la région.',
    ],
  },
};

describe.each(Object.entries(CASES))('%s', (family, { yes, no }) => {
  it.each(yes)('is found in « %s »', (text) => {
    expect(families(text)).toContain(family);
  });
  it.each(no)('is not found in « %s »', (text) => {
    expect(families(text)).not.toContain(family);
  });
});

describe('ordinary businesses', () => {
  it('get no marker, however tempting their words', () => {
    const pitch =
      "Ma start-up propose un concept innovant et disruptif : le premier service de livraison de la ville, " +
      'avec des prix bas et des partenaires locaux. Notre conseil d’administration réunit nos investisseurs. ' +
      'Nous visons une clientèle jeune et un chiffre d’affaires rentable dès la deuxième année.';
    expect(families(pitch)).toEqual([]);
  });

  it('do not make a social project with a few customers look like one', () => {
    const garage =
      'Le garage solidaire répare les voitures des personnes au RSA. Les clients paient les pièces, ' +
      'et une subvention du Département finance le poste de mécanicien. Les bénévoles accueillent.';
    expect(families(garage)).toContain('ressources-hybrides');
  });
});
