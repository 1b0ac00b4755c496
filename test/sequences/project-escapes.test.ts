import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProject, parseProject, serializeProject, withAnswer } from '../../src/sequences/project.js';

const content = { id: 'storyboard', version: '1' } as Parameters<typeof createProject>[1];

describe('the project file with control characters in answers', () => {
  it('writes C1 and bidirectional controls as escapes, and reads them back unchanged', () => {
    const now = new Date('2026-12-05T10:00:00.000Z');
    const text = 'Un\u0085deux \u009b31m\nligne 2 \u202eà rebours\u202c\net \u2066isolé\u2069.';
    const project = withAnswer(createProject({ name: 'Café \u202eenvers' }, content, now), 'a.un', text, now);
    const yaml = serializeProject(project);
    expect(yaml).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(yaml).toContain('\\x85');
    expect(yaml).toContain('\\u202e');
    const back = parseProject(yaml);
    expect(back.answers['a.un']?.text).toBe(text);
    expect(back.project.name).toBe('Café \u202eenvers');
    // Another YAML reader, in strict mode, reads it too.
    expect((parse(yaml, { strict: true }) as { answers: Record<string, { text: string }> }).answers['a.un']?.text).toBe(text);
  });

  it('keeps ordinary multi-line answers as readable blocks', () => {
    const now = new Date('2026-12-05T10:00:00.000Z');
    const yaml = serializeProject(withAnswer(createProject({ name: 'Café' }, content, now), 'a.un', 'Ligne 1\nLigne 2\n', now));
    expect(yaml).toContain('text: |\n      Ligne 1\n      Ligne 2\n');
  });
});
