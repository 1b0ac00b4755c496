import { describe, expect, it } from 'vitest';
import { mergeProjects } from '../../src/sequences/project-merge.js';
import { createProject, type Project, withAnswer, withDraft, withSkip } from '../../src/sequences/project.js';

const content = { id: 'storyboard', version: '1' } as Parameters<typeof createProject>[1];
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
const base: Project = withSkip(withAnswer(createProject({ name: 'Café' }, content, at(0)), 'a.un', 'Un.', at(1)), 'a.deux', at(2));

describe('mergeProjects', () => {
  it('takes what only one side changed from that side', () => {
    const theirs = { ...withAnswer(base, 'a.trois', 'Trois, à la main.', at(3)), project: { name: 'Café des possibles' } };
    const ours = withDraft(withAnswer(base, 'a.deux', 'Deux.', at(4)), 'a.quatre', 'Quat', at(5));
    const { project, conflicts } = mergeProjects(base, theirs, ours);
    expect(conflicts).toEqual([]);
    expect(project.project.name).toBe('Café des possibles');
    expect(Object.keys(project.answers).sort()).toEqual(['a.deux', 'a.trois', 'a.un']);
    expect(project.drafts['a.quatre']?.text).toBe('Quat');
    // Answered in the session: no longer « à compléter ».
    expect(project.skipped).toEqual([]);
    expect(project.updated).toBe(at(5).toISOString());
  });

  it('keeps the session’s answer where both sides changed it, and names the place', () => {
    const theirs = withAnswer(base, 'a.un', 'Un, corrigé à la main.', at(3));
    const ours = withAnswer(base, 'a.un', 'Un, revu dans la session.', at(4));
    const { project, conflicts } = mergeProjects(base, theirs, ours);
    expect(project.answers['a.un']?.text).toBe('Un, revu dans la session.');
    expect(conflicts).toEqual(['answers.a.un']);
  });

  it('respects an answer removed by hand that the session did not touch, and keeps unknown keys', () => {
    const { 'a.un': _removed, ...rest } = base.answers;
    const theirs = { ...base, answers: rest, notes: 'gardé' } as Project;
    const ours = withAnswer(base, 'a.deux', 'Deux.', at(4));
    const { project } = mergeProjects(base, theirs, ours);
    expect(project.answers['a.un']).toBeUndefined();
    expect(project.answers['a.deux']?.text).toBe('Deux.');
    expect((project as Project & { notes?: string }).notes).toBe('gardé');
  });
});
