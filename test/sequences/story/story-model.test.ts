import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildStory, frenchDate, frenchList } from '../../../src/sequences/story/index.js';
import { allTokens, headings, tokens } from './markdown-tools.js';
import type { Project } from '../../../src/sequences/index.js';
import { CONTENT, completeHits, DATE, fixtureProject, hit, projectWith } from './story-fixtures.js';
import { story } from './story-render.js';

const SEQUENCE_TITLES = CONTENT.sequences.map((sequence) => sequence.title);
const MARKERS_TITLE = "Les marqueurs de l'innovation sociale";

const NBSP = '\u00A0';
const CHAPTERS = SEQUENCE_TITLES.filter((title) => title !== 'Séquence « Clap »');

/** The complete fixture, reviewed by its group: 2 confirmed, 1 added, 2 rejected. */
function reviewed(): Project {
  const project = fixtureProject('complete');
  const date = '2024-05-02T10:00:00.000Z';
  return {
    ...project,
    reperage: [
      { family: 'besoin-collectif', decision: 'confirmed', evidence: ['ce manque'], date },
      { family: 'beneficiaires', decision: 'rejected', date },
      { family: 'gouvernance-partagee', decision: 'confirmed', date },
      { family: 'diffusion', decision: 'added', question: 'diffusion.essaimage', note: 'Un deuxième atelier a ouvert : c’est de l’essaimage.', date },
      { family: 'rupture', decision: 'rejected', date },
    ],
  };
}

describe('the story of a complete project, before the repérage', () => {
  const project = fixtureProject('complete');
  const markdown = story(project, completeHits(project));

  it('matches the snapshot', async () => {
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/complete.story.md');
  });

  it('opens with the project\u2019s own story, then the séquences as chapters, the markers, the chart and the pistes', () => {
    expect(headings(markdown)).toEqual([
      '1 La Fabrique des Deux Rives',
      '2 Notre histoire',
      ...CHAPTERS.map((title) => `2 ${title}`),
      `2 ${MARKERS_TITLE}`,
      "3 En un coup d'œil",
      '3 Pistes pour aller plus loin',
      '4 Accessibilité',
      '4 Modalités de diffusion',
      '4 Capacité de changement social',
      '4 Rupture contextualisée',
    ]);
    const histoire = markdown.slice(markdown.indexOf('## Notre histoire'), markdown.indexOf('## Besoin collectif'));
    expect(histoire).toContain("Tout a commencé un soir d'hiver");
    // The story is told without the question in front of it.
    expect(histoire).not.toContain('racontez votre histoire');
  });

  it('starts with a front matter pandoc reads: title, structure, territory, contributors, date, lang', () => {
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
    expect(parse(yaml)).toEqual({
      title: 'La Fabrique des Deux Rives',
      structure: 'Association La Fabrique des Deux Rives',
      territory: 'Quartier de la Gare, Saint-Omer (Pas-de-Calais)',
      contributors: ['Awa Diallo', 'Marc Lefebvre', 'Lou Martin'],
      author: ['Awa Diallo', 'Marc Lefebvre', 'Lou Martin'],
      date: DATE,
      lang: 'fr',
    });
  });

  it('tells every answer after a short lead-in, without « à compléter »', () => {
    expect(markdown).not.toMatch(/à compléter/i);
    expect(markdown).toContain(`*Qu'est-ce qui a motivé l'émergence de l'initiative${NBSP}?* En 2019, la dernière quincaillerie`);
    // The question's first sentence only, or the content's own lead.
    expect(markdown).toContain(`*Comment participent-ils${NBSP}?* Une trentaine`);
    expect(markdown).toContain(`*Quelles ressources font vivre l'initiative${NBSP}?* **La commune met le local à disposition**`);
    // The answer's own paragraphs and line breaks survive.
    expect(markdown).toContain("faute de savoir-faire et d'outils.\n\nAu centre social");
    expect(markdown).toContain('pour des budgets serrés.\\\nPuis l\'envie');
  });

  it('shows the words in bold with no tag inside the sentence, and names the families after the answer, as suggestions', () => {
    expect(markdown).toContain('grandes orientations sont **votées en assemblée générale**.');
    expect(markdown).not.toMatch(/\*\* \[/);
    expect(markdown).toContain(`*Suggestion de storyboard${NBSP}: Gouvernance partagée.*`);
    expect(markdown).toContain(`*Suggestions de storyboard${NBSP}: Place centrale aux bénéficiaires${NBSP}; L'ancrage territorial${NBSP}; Gouvernance partagée.*`);
    const strong = allTokens(markdown).filter((token) => token.type === 'strong').map((token) => (token as { text: string }).text);
    expect(strong).toContain('prix libre');
  });

  it('sums up the 11 families: 7 suggested, 4 not yet, with their words, and a picture that counts families, not markers', () => {
    expect(markdown).toContain('storyboard suggère **7 des 11** familles');
    const table = tokens(markdown).find((token) => token.type === 'table') as { rows: { text: string }[][] } | undefined;
    expect(table?.rows.map((row) => row[0]?.text.slice(2))).toEqual(SEQUENCE_TITLES.slice(0, 11));
    expect(table?.rows.map((row) => row[1]?.text)).toEqual([
      ...Array(6).fill('suggérée par storyboard'), 'pas encore', 'suggérée par storyboard', 'pas encore', 'pas encore', 'pas encore',
    ]);
    expect(table?.rows[4]?.[2]?.text).toBe(`«${NBSP}votées en assemblée générale${NBSP}», «${NBSP}les décisions sont prises au consensus${NBSP}», et 1 autre`);
    const chart = tokens(markdown).find((token) => token.type === 'code') as { text: string } | undefined;
    expect(chart?.text.split('\n')).toEqual([
      'Confirmées par le groupe   0',
      'Ajoutées par le groupe     0',
      'Suggérées par storyboard   7  ◐ ◐ ◐ ◐ ◐ ◐ ◐',
      'Écartées par le groupe     0',
      'Pas encore                 4  ○ ○ ○ ○',
    ]);
  });

  it('gives, for each family not found, its séquence\'s guiding questions', () => {
    const pistes = markdown.slice(markdown.indexOf('### Pistes pour aller plus loin'));
    for (const id of ['accessibilite', 'diffusion', 'changement-social', 'rupture']) {
      for (const question of CONTENT.sequences.find((sequence) => sequence.id === id)?.questions ?? []) {
        expect(pistes).toContain(`- ${question.text.replace(/ ([?:;!])/g, `${NBSP}$1`)}`);
      }
    }
    expect(pistes).not.toContain('#### Gouvernance partagée');
  });
});

describe('the story after the group\u2019s repérage', () => {
  const project = reviewed();
  const hits = completeHits(project);
  const markdown = story(project, hits);

  it('matches the snapshot', async () => {
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/reviewed.story.md');
  });

  it('shows the group\u2019s families as theirs, storyboard\u2019s as suggestions, and the rejected ones not at all', () => {
    expect(markdown).toContain(`*Marqueur reconnu par le groupe${NBSP}: Gouvernance partagée.*`);
    // A rejected family is neither named nor in bold.
    expect(markdown).toContain('*Qui va bénéficier de l\'initiative\u00A0?* Les habitants du quartier');
    expect(markdown).not.toContain('**Les habitants du quartier**');
    // An added family is named after the answer the group pointed to, with its sentence.
    expect(markdown).toContain(
      `*Essaimage${NBSP}?* Un deuxième atelier a ouvert à Aire-sur-la-Lys en 2023, avec notre soutien.\n\n*Marqueur reconnu par le groupe${NBSP}: Modalités de diffusion («${NBSP}Un deuxième atelier a ouvert : c’est de l’essaimage.${NBSP}»).*`,
    );
    expect(markdown).toContain('Le groupe reconnaît **3 des 11** familles');
    const table = tokens(markdown).find((token) => token.type === 'table') as { rows: { text: string }[][] } | undefined;
    expect(table?.rows.map((row) => `${row[0]?.text.slice(0, 1)} ${row[1]?.text}`)).toEqual([
      '● confirmée par le groupe',
      '× écartée par le groupe',
      '◐ suggérée par storyboard',
      '◐ suggérée par storyboard',
      '● confirmée par le groupe',
      '◐ suggérée par storyboard',
      '○ pas encore',
      '◐ suggérée par storyboard',
      '◆ ajoutée par le groupe',
      '○ pas encore',
      '× écartée par le groupe',
    ]);
    // The pistes offer the rejected families' questions too.
    expect(markdown.slice(markdown.indexOf('### Pistes'))).toContain('#### Place centrale aux bénéficiaires');
  });

  it('leaves storyboard\u2019s suggestions out with suggestions off', () => {
    const view = buildStory({ content: CONTENT, project, hits, date: DATE, suggestions: false });
    expect(view.markers).toMatchObject({ confirmed: 2, added: 1, suggested: 0, rejected: 2, missing: 6, count: '3/11' });
    const text = [view.histoire, ...view.chapters.map((chapter) => chapter.body)].join('\n');
    expect(text).not.toContain('Suggestion');
    expect(text).not.toContain('**prix libre**');
    expect(text).toContain('**votées en assemblée générale**');
    expect(view.markers.table).not.toContain('suggérée');
  });

  it('puts the group\u2019s own words on its markers with the summary', () => {
    const summary = markdown.slice(markdown.indexOf(`## ${MARKERS_TITLE}`));
    expect(summary).toContain(`*Ce que le groupe en dit${NBSP}:* Pour nous, le plus fort c'est la **gouvernance partagée**`);
  });
});

describe('French typography in what storyboard writes', () => {
  const project = reviewed();
  const markdown = story(project, completeHits(project));
  const ours = [
    ...markdown.matchAll(/^\*(?:Un projet|Marqueurs? reconnus?|Suggestions? de)[^\n]*$/gm),
    ...markdown.matchAll(/^(?:Cette histoire|Le groupe reconnaît|Ces familles)[^\n]*$/gm),
  ].map((match) => match[0]);

  it('puts non-breaking spaces before : ; ? ! and inside « »', () => {
    expect(ours.length).toBeGreaterThan(10);
    for (const line of ours) {
      // The person's words (a note, a name) are theirs: only storyboard's own punctuation is checked.
      const own = line.replace(/«\u00A0[^»]*\u00A0»/g, '«\u00A0…\u00A0»');
      expect(own, line).not.toMatch(/ [:;?!»]|« /);
    }
  });

  it('writes À with its accent', () => {
    expect(CONTENT.sequences.at(-1)?.questions[0]?.text).toBe('À partir du storyboard : racontez votre histoire !');
    expect(story(projectWith({ 'besoin-collectif.motivation': 'Un besoin.' }))).toContain('*À compléter');
  });
});

describe('the story of an unfinished project', () => {
  const project = fixtureProject('unfinished');
  const hits = [
    hit(project, 'gouvernance-partagee.instances', 'Les décisions sont prises en assemblée générale', 'gouvernance-partagee', 'decision-collegiale'),
    hit(project, 'ressources-hybrides.financements', 'La mairie nous prête la salle, on vend des crêpes', 'ressources-hybrides', 'modeles-economiques'),
  ];
  const markdown = story(project, hits);

  it('matches the snapshot', async () => {
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/unfinished.story.md');
  });

  it('keeps every séquence, the empty ones « à compléter », and says the story is still to tell', () => {
    expect(headings(markdown).filter((heading) => heading.startsWith('2 '))).toEqual(['2 Notre histoire', ...CHAPTERS.map((title) => `2 ${title}`), `2 ${MARKERS_TITLE}`]);
    expect(markdown).toContain(`*Votre histoire reste à raconter${NBSP}:`);
    const view = buildStory({ content: CONTENT, project, hits, date: DATE });
    expect(view.sequences.filter((sequence) => sequence.empty).map((sequence) => sequence.id)).toEqual([
      'multi-partenariat', 'ancrage-territorial', 'accessibilite', 'usage-finalite', 'diffusion', 'changement-social', 'rupture', 'clap',
    ]);
    expect(view.sequences.find((sequence) => sequence.id === 'accessibilite')?.body).toBe('*À compléter.*');
    expect(view.sequences.find((sequence) => sequence.id === 'besoin-collectif')?.body).toContain(
      `*À compléter${NBSP}: «${NBSP}Une envie${NBSP}? Un besoin${NBSP}?${NBSP}»${NBSP}; «${NBSP}Ces éléments sont-ils partagés par d'autres acteurs${NBSP}? Par les bénéficiaires${NBSP}?${NBSP}»*`,
    );
  });

  it('says the story is in progress, and marks the unanswered pistes « à compléter »', () => {
    expect(markdown).toContain('Le récit est en cours : 4 questions sur 31 ont une réponse'.replace(' :', `${NBSP}:`));
    expect(markdown).toContain('storyboard suggère **2 des 11** familles');
    expect(markdown).toContain(`- Quels types d'accès le projet favorise-t-il${NBSP}? *(à compléter)*`);
  });
});

describe('the story model', () => {
  it('keeps answers to questions the content no longer has, in their own section', () => {
    const project = projectWith({ 'besoin-collectif.motivation': 'Un besoin.' });
    project.answers['ancienne.question'] = { text: 'Une réponse gardée.', answered: '2024-01-01T00:00:00.000Z' };
    const markdown = story(project);
    expect(headings(markdown)).toContain('2 Autres réponses');
    expect(markdown).toContain('Une réponse gardée.');
  });

  it('counts a family found once, however many hits it has, and none for an unknown family', () => {
    const project = projectWith({ 'clap.histoire': 'Nos bénévoles et nos salariés décident ensemble en AG.' });
    const hits = [
      hit(project, 'clap.histoire', 'décident ensemble', 'gouvernance-partagee', 'decision-collegiale'),
      hit(project, 'clap.histoire', 'en AG', 'gouvernance-partagee', 'vie-democratique'),
      hit(project, 'clap.histoire', 'bénévoles', 'famille-inconnue', 'x'),
    ];
    const view = buildStory({ content: CONTENT, project, hits, date: DATE });
    expect(view.markers.count).toBe('1/11');
    expect(view.markers.families.find((family) => family.id === 'gouvernance-partagee')).toMatchObject({ found: true, hitCount: 2, markersFound: 2 });
  });

  it('writes dates and lists of names in French', () => {
    expect(frenchDate('2024-05-02')).toBe('2 mai 2024');
    expect(frenchDate('2025-08-01')).toBe('1er août 2025');
    expect(frenchList(['Awa'])).toBe('Awa');
    expect(frenchList(['Awa', 'Marc', 'Lou'])).toBe('Awa, Marc et Lou');
  });

  it('leaves identity lines out when they are unknown', () => {
    const markdown = story(projectWith({}, 'Projet sans structure'));
    const yaml = parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '') as Record<string, unknown>;
    expect(Object.keys(yaml)).toEqual(['title', 'date', 'lang']);
    expect(markdown).toContain('Cette histoire a été écrite avec *Le storyboard');
    expect(markdown).toContain("aucune des 11 familles de marqueurs de l'innovation sociale n'y est encore repérée");
  });
});
