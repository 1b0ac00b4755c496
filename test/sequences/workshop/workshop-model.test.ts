import { describe, expect, it } from 'vitest';
import { buildWorkshop, spreadOf, stageOf } from '../../../src/sequences/workshop/workshop-model.js';
import { CONTENT } from '../story/story-fixtures.js';
import { workshopInputs } from './workshop-fixtures.js';

describe('buildWorkshop', () => {
  const report = buildWorkshop(workshopInputs(), CONTENT);

  it('sums up each readable project, and keeps the unreadable one with its reason', () => {
    expect(report.projects.map((project) => [project.name, project.answered, project.stage, project.reperageDone])).toEqual([
      ['Fabrique', 31, 'finished', true],
      ['La Fabrique des Deux Rives', 31, 'finished', false],
      ['Café des possibles', 4, 'started', false],
      ['Radio', 0, 'empty', false],
    ]);
    expect(report.unreadable).toEqual([{ file: 'e.storyboard.yaml', reason: 'ligne 2, colonne 10 : syntaxe YAML invalide' }]);
  });

  it("gives each project's families: the group's choices first, then what storyboard found", () => {
    const [reviewed, unreviewed] = report.projects;
    const statusOf = (project: typeof reviewed, id: string) => project?.families.find((family) => family.id === id)?.status;
    expect(statusOf(reviewed, 'gouvernance-partagee')).toBe('confirmed');
    expect(statusOf(reviewed, 'diffusion')).toBe('added');
    expect(statusOf(reviewed, 'besoin-collectif')).toBe('rejected');
    expect(statusOf(reviewed, 'multi-partenariat')).toBe('suggested');
    expect(statusOf(reviewed, 'rupture')).toBe('missing');
    expect(statusOf(unreviewed, 'besoin-collectif')).toBe('suggested');
    expect(reviewed?.counts).toEqual({ confirmed: 1, added: 1, suggested: 5, rejected: 1, missing: 3 });
  });

  it('counts each family across projects and says which are common and which are rare', () => {
    const family = (id: string) => report.families.find((item) => item.id === id);
    // Gouvernance: confirmed in one, suggested in the other complete one; absent elsewhere.
    expect(family('gouvernance-partagee')).toMatchObject({ present: 2, recognised: 1, spread: 'common' });
    expect(family('diffusion')).toMatchObject({ present: 1, recognised: 1, spread: 'rare' });
    expect(family('rupture')).toMatchObject({ present: 0, spread: 'rare', counts: { missing: 4 } });
    expect(family('besoin-collectif')?.counts).toMatchObject({ rejected: 1, suggested: 1, missing: 2 });
  });

  it('puts forward the families absent from the most projects, with their least answered questions first', () => {
    expect(report.pistes.map((piste) => [piste.id, piste.absent])).toEqual([
      ['accessibilite', 4],
      ['changement-social', 4],
      ['rupture', 4],
    ]);
    const [first] = report.pistes;
    expect(first?.absentFrom).toEqual(['Fabrique', 'La Fabrique des Deux Rives', 'Café des possibles', 'Radio']);
    const counts = first?.questions.map((question) => question.unanswered) ?? [];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(2);
  });

  it('names the contents the projects used and notices when they differ', () => {
    expect(report.contents.map((use) => [use.version, use.files.length])).toEqual([
      [CONTENT.version, 3],
      ['0.9', 1],
    ]);
    expect(report.contentsDiffer).toBe(true);
    expect(report.differsFromCurrent).toBe(true);
    const same = buildWorkshop(workshopInputs().slice(0, 3), CONTENT);
    expect([same.contentsDiffer, same.differsFromCurrent]).toEqual([false, false]);
  });

  it('is empty but whole without any readable project', () => {
    const none = buildWorkshop([{ file: 'x.storyboard.yaml', error: 'vide' }], CONTENT);
    expect(none.projects).toEqual([]);
    expect(none.families).toHaveLength(11);
    expect(none.pistes).toEqual([]);
  });
});

describe('stageOf and spreadOf', () => {
  it('reads a stage from the answers', () => {
    expect([stageOf(0, 31), stageOf(15, 31), stageOf(16, 31), stageOf(31, 31)]).toEqual(['empty', 'started', 'advanced', 'finished']);
  });

  it('calls common what half the projects show, rare what a third or fewer show', () => {
    expect([spreadOf(3, 6), spreadOf(2, 6), spreadOf(3, 7), spreadOf(0, 1), spreadOf(1, 1)]).toEqual(['common', 'rare', 'some', 'rare', 'common']);
  });
});
