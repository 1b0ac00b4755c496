import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildStory, frenchDate, frenchList } from '../../../src/sequences/story/index.js';
import { allTokens, headings, tokens } from './markdown-tools.js';
import { CONTENT, completeHits, DATE, fixtureProject, hit, projectWith } from './story-fixtures.js';
import { story } from './story-render.js';

const SEQUENCE_TITLES = CONTENT.sequences.map((sequence) => sequence.title);
const MARKERS_TITLE = "Les marqueurs de l'innovation sociale";

describe('the story of a complete project', () => {
  const project = fixtureProject('complete');
  const markdown = story(project, completeHits(project));

  it('matches the snapshot', async () => {
    await expect(markdown).toMatchFileSnapshot('./__snapshots__/complete.story.md');
  });

  it('has one title, a section per séquence in order, then the markers, the chart and the pistes', () => {
    expect(headings(markdown)).toEqual([
      '1 La Fabrique des Deux Rives',
      ...SEQUENCE_TITLES.map((title) => `2 ${title}`),
      `2 ${MARKERS_TITLE}`,
      "3 En un coup d'œil",
      '3 Pistes pour aller plus loin',
      '4 Accessibilité',
      '4 Modalités de diffusion',
      '4 Capacité de changement social',
      '4 Rupture contextualisée',
    ]);
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

  it('tells every answer after its question as a lead-in, without « à compléter »', () => {
    expect(markdown).not.toMatch(/à compléter/i);
    expect(markdown).toContain("*Qu'est-ce qui a motivé l'émergence de l'initiative ?* En 2019, la dernière quincaillerie");
    // The answer's own paragraphs and line breaks survive.
    expect(markdown).toContain("faute de savoir-faire et d'outils.\n\nAu centre social");
    expect(markdown).toContain('pour des budgets serrés.\\\nPuis l\'envie');
  });

  it('tags the markers where they occur, with the family', () => {
    expect(markdown).toContain('grandes orientations sont **votées en assemblée générale** [Gouvernance partagée].');
    expect(markdown).toContain("**l'ancrage dans le quartier** [L'ancrage territorial · Place centrale aux bénéficiaires]");
    const strong = allTokens(markdown).filter((token) => token.type === 'strong').map((token) => (token as { text: string }).text);
    expect(strong).toContain('prix libre');
  });

  it('counts 7/11 families, with a table row and a bar for each of the 11', () => {
    expect(markdown).toContain('**7/11** familles de marqueurs');
    const table = tokens(markdown).find((token) => token.type === 'table') as { rows: { text: string }[][] } | undefined;
    expect(table?.rows.map((row) => row[0]?.text)).toEqual(SEQUENCE_TITLES.slice(0, 11));
    expect(table?.rows.map((row) => row[1]?.text.startsWith('oui'))).toEqual([true, true, true, true, true, true, false, true, false, false, false]);
    expect(table?.rows[4]?.[2]?.text).toBe('« votées en assemblée générale » ; « les décisions sont prises au consensus » ; « gouvernance partagée »');
    expect(table?.rows[4]?.[3]?.text).toContain('Repérez les marqueurs');
    const chart = tokens(markdown).find((token) => token.type === 'code') as { text: string } | undefined;
    const bars = chart?.text.split('\n') ?? [];
    expect(bars).toHaveLength(11);
    expect(bars[4]).toMatch(/^Gouvernance partagée +██████████ {2}2\/2 marqueurs$/);
    expect(bars[6]).toMatch(/^Accessibilité +░░░░░░░░░░ {2}pas encore$/);
  });

  it('gives, for each family not found, its séquence\'s guiding questions', () => {
    const pistes = markdown.slice(markdown.indexOf('### Pistes pour aller plus loin'));
    for (const id of ['accessibilite', 'diffusion', 'changement-social', 'rupture']) {
      for (const question of CONTENT.sequences.find((sequence) => sequence.id === id)?.questions ?? []) {
        expect(pistes).toContain(`- ${question.text}`);
      }
    }
    expect(pistes).not.toContain('#### Gouvernance partagée');
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

  it('keeps every séquence, the empty ones « à compléter »', () => {
    expect(headings(markdown).filter((heading) => heading.startsWith('2 '))).toEqual([...SEQUENCE_TITLES.map((title) => `2 ${title}`), `2 ${MARKERS_TITLE}`]);
    const view = buildStory({ content: CONTENT, project, hits, date: DATE });
    expect(view.sequences.filter((sequence) => sequence.empty).map((sequence) => sequence.id)).toEqual([
      'multi-partenariat', 'ancrage-territorial', 'accessibilite', 'usage-finalite', 'diffusion', 'changement-social', 'rupture', 'clap',
    ]);
    expect(view.sequences.find((sequence) => sequence.id === 'accessibilite')?.body).toBe('*À compléter.*');
    expect(view.sequences.find((sequence) => sequence.id === 'besoin-collectif')?.body).toContain(
      '*À compléter : « Une envie ? Un besoin ? » ; « Ces éléments sont-ils partagés par d\'autres acteurs ? Par les bénéficiaires ? »*',
    );
  });

  it('says the story is in progress, and marks the unanswered pistes « à compléter »', () => {
    expect(markdown).toContain('Le récit est en cours : 4 questions sur 31 ont une réponse');
    expect(markdown).toContain('**2/11** familles');
    expect(markdown).toContain("- Quels types d'accès le projet favorise-t-il ? *(à compléter)*");
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
