/** A small valid content: two séquences, one marker. Tests break or extend one thing in it. */
export const MINI_CONTENT = `format: 1
id: mini
version: "1"
title: Mini storyboard
credits: Département du Pas-de-Calais
sequences:
  - id: besoin-collectif
    title: Besoin collectif
    intro: Ce qui a fait naître le projet.
    questions:
      - id: besoin-collectif.motivation
        text: Qu'est-ce qui a motivé l'émergence de l'initiative ?
    markers:
      - id: besoin
        label: Répondre à un besoin collectif
        indicators: [besoin]
  - id: clap
    title: Clap
    intro: Racontez votre histoire.
    questions:
      - id: clap.histoire
        text: Racontez votre histoire !
`;
