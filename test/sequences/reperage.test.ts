import { describe, expect, it } from 'vitest';
import {
  type AnswerChoice,
  type FamilyReview,
  InterruptedError,
  parseProject,
  type Project,
  projectFromAnswersFile,
  type ReperageAsker,
  type ReperageHit,
  reperageCounts,
  reperageLine,
  reviewMarkers,
  serializeProject,
  StoryboardError,
} from '../../src/sequences/index.js';
import { CONTENT, projectWith } from './story/story-fixtures.js';

const NOW = new Date('2024-05-03T09:00:00Z');
const FAMILIES = CONTENT.sequences.filter((sequence) => sequence.markers.length > 0).map((sequence) => sequence.id);

type Script = {
  confirm?: Record<string, 'confirmed' | 'rejected'>;
  pointTo?: Record<string, string | undefined>;
  explain?: Record<string, string | InterruptedError>;
};

/** An asker that answers from a script and records what the group was shown. */
function scripted(script: Script) {
  const shown: { kind: string; review: FamilyReview; answers?: readonly AnswerChoice[] }[] = [];
  const asker: ReperageAsker = {
    start: () => {},
    confirm: async (review) => {
      shown.push({ kind: 'confirm', review });
      const decision = script.confirm?.[review.family.id];
      if (!decision) throw new InterruptedError();
      return decision;
    },
    pointTo: async (review, answers) => {
      shown.push({ kind: 'pointTo', review, answers });
      if (!script.pointTo || !(review.family.id in script.pointTo)) throw new InterruptedError();
      return script.pointTo[review.family.id];
    },
    explain: async (review) => {
      shown.push({ kind: 'explain', review });
      const note = script.explain?.[review.family.id];
      if (note instanceof InterruptedError) throw note;
      return note ?? '';
    },
  };
  return { asker, shown };
}

const ANSWERS = {
  'besoin-collectif.motivation': 'Plus aucun café au village : les anciens restent seuls chez eux.',
  'gouvernance-partagee.instances': 'Les décisions sont prises en assemblée générale, une voix par membre.',
  'diffusion.quoi': 'Nous prêtons nos statuts à deux autres villages.',
};
const HITS: ReperageHit[] = [
  { family: 'besoin-collectif', evidence: 'les anciens restent seuls', question: 'besoin-collectif.motivation' },
  { family: 'gouvernance-partagee', evidence: 'décisions sont prises en assemblée générale', question: 'gouvernance-partagee.instances' },
  { family: 'gouvernance-partagee', evidence: 'une  voix\npar membre', question: 'gouvernance-partagee.instances' },
];

async function walk(project: Project, script: Script, hits = HITS) {
  const saves: Project[] = [];
  const { asker, shown } = scripted(script);
  const result = await reviewMarkers({
    asker,
    content: CONTENT,
    project,
    hits,
    save: async (next) => {
      saves.push(parseProject(serializeProject(next)));
    },
    now: () => NOW,
  }).catch((error: unknown) => error);
  return { result, saves, shown };
}

const everyMissingNone = Object.fromEntries(FAMILIES.map((family) => [family, undefined]));

describe('the repérage, done by the group', () => {
  it('shows the found families first with their words, then asks for each missing one, and saves each choice', async () => {
    const project = projectWith(ANSWERS);
    const { result, saves, shown } = await walk(project, {
      confirm: { 'besoin-collectif': 'confirmed', 'gouvernance-partagee': 'rejected' },
      pointTo: { ...everyMissingNone, diffusion: 'diffusion.quoi' },
      explain: { diffusion: '  Nos statuts servent à d\u2019autres villages. ' },
    });
    const reviewed = result as Project;
    expect(shown.slice(0, 2).map((item) => `${item.kind} ${item.review.family.id} ${item.review.index}/${item.review.count}`)).toEqual([
      'confirm besoin-collectif 1/11',
      'confirm gouvernance-partagee 2/11',
    ]);
    expect(shown[1]?.review.evidence.map((item) => item.text)).toEqual(['décisions sont prises en assemblée générale', 'une voix par membre']);
    expect(shown[1]?.review.evidence[0]?.questionText).toBe('Sont-ils intégrés à une instance statutaire ? Laquelle ?');
    // The family's own séquence's answers come first.
    const diffusion = shown.find((item) => item.kind === 'pointTo' && item.review.family.id === 'diffusion');
    expect(diffusion?.answers?.[0]?.id).toBe('diffusion.quoi');
    expect(diffusion?.answers).toHaveLength(3);

    expect(reviewed.reperage).toEqual([
      { family: 'besoin-collectif', decision: 'confirmed', evidence: ['les anciens restent seuls'], date: NOW.toISOString() },
      { family: 'gouvernance-partagee', decision: 'rejected', evidence: ['décisions sont prises en assemblée générale', 'une voix par membre'], date: NOW.toISOString() },
      { family: 'diffusion', decision: 'added', question: 'diffusion.quoi', note: 'Nos statuts servent à d\u2019autres villages.', date: NOW.toISOString() },
    ]);
    // One save per change: confirm, reject, the answer pointed to, then its note.
    expect(saves).toHaveLength(4);
    expect(saves.at(-1)?.reperage).toEqual(reviewed.reperage);
    expect(reperageLine(reperageCounts(reviewed, FAMILIES))).toBe('repérage : 1 famille confirmée, 1 ajoutée, 1 écartée');
  });

  it('keeps what was chosen, and the note being typed, when the group stops with Ctrl+C', async () => {
    const project = projectWith(ANSWERS);
    const { result, saves } = await walk(project, {
      confirm: { 'besoin-collectif': 'confirmed', 'gouvernance-partagee': 'confirmed' },
      pointTo: { 'multi-partenariat': undefined, 'beneficiaires': undefined, diffusion: 'diffusion.quoi', 'ancrage-territorial': undefined, 'ressources-hybrides': undefined, accessibilite: undefined, 'usage-finalite': undefined },
      explain: { diffusion: new InterruptedError('Parce que nos sta') },
    });
    expect(result).toBeInstanceOf(InterruptedError);
    const last = saves.at(-1);
    expect(last?.reperage?.map((entry) => `${entry.family} ${entry.decision} ${entry.note ?? ''}`.trim())).toEqual([
      'besoin-collectif confirmed',
      'gouvernance-partagee confirmed',
      'diffusion added Parce que nos sta',
    ]);
  });

  it('offers earlier choices again, forgets an added family the group takes back, and saves nothing unchanged', async () => {
    const first = await walk(projectWith(ANSWERS), {
      confirm: { 'besoin-collectif': 'confirmed', 'gouvernance-partagee': 'rejected' },
      pointTo: { ...everyMissingNone, diffusion: 'diffusion.quoi' },
      explain: { diffusion: 'Les statuts.' },
    });
    const again = await walk(first.result as Project, {
      confirm: { 'besoin-collectif': 'confirmed', 'gouvernance-partagee': 'rejected' },
      pointTo: { ...everyMissingNone },
    });
    expect(again.shown.find((item) => item.review.family.id === 'gouvernance-partagee')?.review.previous?.decision).toBe('rejected');
    expect(again.shown.find((item) => item.review.family.id === 'diffusion')?.review.previous?.note).toBe('Les statuts.');
    expect(again.saves).toHaveLength(1);
    expect((again.result as Project).reperage?.map((entry) => entry.family)).toEqual(['besoin-collectif', 'gouvernance-partagee']);
  });

  it('still shows a confirmed family whose words are no longer found, with the words kept', async () => {
    const first = await walk(projectWith(ANSWERS), { confirm: { 'besoin-collectif': 'confirmed', 'gouvernance-partagee': 'confirmed' }, pointTo: everyMissingNone });
    const { shown } = await walk(first.result as Project, { confirm: { 'besoin-collectif': 'confirmed', 'gouvernance-partagee': 'confirmed' }, pointTo: everyMissingNone }, []);
    const kinds = shown.filter((item) => item.kind === 'confirm').map((item) => item.review.evidence.map((quote) => quote.text).join(' | '));
    expect(kinds).toEqual(['les anciens restent seuls', 'décisions sont prises en assemblée générale | une voix par membre']);
  });
});

describe('the repérage in files', () => {
  const base = (reperage: unknown) => `${serializeProject(projectWith(ANSWERS))}reperage: ${JSON.stringify(reperage)}\n`;

  it('reads the project file back as written', () => {
    const text = base([{ family: 'diffusion', decision: 'added', question: 'diffusion.quoi', note: 'Les statuts.', date: NOW.toISOString() }]);
    expect(parseProject(text).reperage?.[0]?.note).toBe('Les statuts.');
  });

  it.each([
    [[{ family: 'diffusion', decision: 'peut-être', date: NOW.toISOString() }], 'la décision doit être « confirmed »'],
    [
      [
        { family: 'diffusion', decision: 'confirmed', date: NOW.toISOString() },
        { family: 'diffusion', decision: 'rejected', date: NOW.toISOString() },
      ],
      'la famille « diffusion » a deux choix dans le repérage',
    ],
    [{ diffusion: 'confirmed' }, 'le repérage doit être une liste'],
  ])('refuses a repérage it cannot read, in French, with its line (%#)', (reperage, message) => {
    const error = (() => {
      try {
        parseProject(base(reperage), 'projet.storyboard.yaml');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(StoryboardError);
    expect((error as StoryboardError).issues[0]?.message).toContain(message);
    expect((error as StoryboardError).issues[0]?.position?.line).toBeGreaterThan(1);
  });

  it('takes a repérage from an answers file, dated now when the file gives no date', () => {
    const yaml = JSON.stringify({
      project: { name: 'Café' },
      answers: ANSWERS,
      reperage: [
        { family: 'gouvernance-partagee', decision: 'confirmed', evidence: ['assemblée générale'] },
        { family: 'diffusion', decision: 'added', question: 'diffusion.quoi', note: 'Les statuts.', date: '2024-04-01T08:00:00Z' },
      ],
    });
    const project = projectFromAnswersFile(yaml, CONTENT, NOW);
    expect(project.reperage).toEqual([
      { family: 'gouvernance-partagee', decision: 'confirmed', evidence: ['assemblée générale'], date: NOW.toISOString() },
      { family: 'diffusion', decision: 'added', question: 'diffusion.quoi', note: 'Les statuts.', date: '2024-04-01T08:00:00Z' },
    ]);
  });

  it.each([
    [{ family: 'clap', decision: 'confirmed' }, 'famille inconnue « clap »'],
    [{ family: 'diffusion', decision: 'added' }, 'dit quelle réponse la montre'],
    [{ family: 'diffusion', decision: 'added', question: 'rupture.pratiques' }, 'n\'a pas de réponse dans ce fichier'],
  ])('refuses an answers file whose repérage is wrong (%#)', (entry, message) => {
    const yaml = JSON.stringify({ project: { name: 'Café' }, answers: ANSWERS, reperage: [entry] });
    expect(() => projectFromAnswersFile(yaml, CONTENT, NOW)).toThrow(message);
  });
});
