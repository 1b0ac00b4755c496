import { describe, expect, it } from 'vitest';
import { parseContent, StoryboardError } from '../../../src/sequences/index.js';
import { content } from './helpers.js';

const base = (markers: string) =>
  [
    'format: 1',
    'id: atelier',
    'version: "1"',
    'title: Atelier',
    'credits: nous',
    'sequences:',
    '  - id: diffusion',
    '    title: Diffusion',
    '    intro: Une bonne idée se partage.',
    '    questions: [{ id: diffusion.quoi, text: Quoi ?, examples: [Ceci.] }]',
    '    markers:',
    markers,
  ].join('\n');

describe('indicators in a content file', () => {
  it('declares indicators for every marker family of the shipped storyboard', () => {
    for (const sequence of content.sequences.filter((candidate) => candidate.id !== 'clap')) {
      const count = sequence.markers.reduce((sum, marker) => sum + marker.indicators.length, 0);
      expect(count, sequence.id).toBeGreaterThan(0);
    }
  });

  it('accepts the object form with a kind, and marker rules', () => {
    const parsed = parseContent(
      base(
        [
          '      - id: essaimage',
          '        label: Essaimage',
          '        kinds: 2',
          '        plans: ignore',
          '        unless: ["franchise*"]',
          '        indicators:',
          '          - essaim*',
          '          - { pattern: "# partenaires", kind: nombre, alone: true }',
        ].join('\n'),
      ),
    );
    expect(parsed.sequences[0]?.markers[0]).toMatchObject({ kinds: 2, plans: 'ignore', negation: 'cancels' });
  });

  it('rejects an unreadable indicator with its line and path', () => {
    try {
      parseContent(base(['      - id: essaimage', '        label: Essaimage', '        indicators: ["ab*"]'].join('\n')), 'x.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StoryboardError);
      const [issue] = (error as StoryboardError).issues;
      expect(issue?.path).toBe('sequences[0].markers[0].indicators[0]');
      expect(issue?.position?.line).toBe(14);
      expect(issue?.message).toContain('au moins 3 lettres');
    }
  });
});
