import type { Content, Indicator, Marker } from '../content-schema.js';
import { PatternIndex } from './match.js';
import { type Element, type Pattern, parsePattern } from './pattern.js';

/** A marker ready for detection: its settings, and the ids of its patterns in the index. */
export interface CompiledMarker {
  family: string;
  marker: string;
  label: string;
  kinds: number | undefined;
  negation: Marker['negation'];
  plans: Marker['plans'];
  hasRequires: boolean;
}

/** What a pattern is for: revealing a marker, or qualifying one's sentence, or the whole text. */
export type Role =
  | { type: 'indicator'; marker: number; kind: string | undefined; alone: boolean }
  | { type: 'requires' | 'unless'; marker: number }
  | { type: 'social' | 'commercial' };

export interface Detector {
  index: PatternIndex;
  markers: CompiledMarker[];
  /** For each pattern id, what it does. A pattern written twice is matched once. */
  roles: Role[][];
}

/** A cache, not a channel: compiling a content without pre-read patterns always gives the same. */
const compiled = new WeakMap<Content, Detector>();

/**
 * Compiles the indicators of a content into one index. Without `preread`, done once per content
 * object and remembered, since a content is immutable once parsed and compiling is the costly
 * part; a command compiles its content once and passes the detector (DetectOptions.detector).
 * @param preread the elements of each pattern read ahead (by the build, for the shipped
 *   content), in the order this function numbers them: reading them again would stem every
 *   word of every indicator, most of what compiling costs. Ignored if they do not fit.
 * @throws Error when an indicator cannot be read (parseContent has already rejected those)
 */
export function compileDetector(content: Content, preread?: readonly (readonly Element[])[]): Detector {
  const known = preread ? undefined : compiled.get(content);
  if (known) return known;

  const sources: string[] = [];
  const roles: Role[][] = [];
  const ids = new Map<string, number>();
  const add = (source: string, role: Role) => {
    let id = ids.get(source);
    if (id === undefined) {
      id = sources.push(source) - 1;
      roles.push([]);
      ids.set(source, id);
    }
    roles[id]?.push(role);
  };

  const markers: CompiledMarker[] = [];
  for (const sequence of content.sequences) {
    for (const marker of sequence.markers) {
      const index = markers.length;
      markers.push({
        family: sequence.id,
        marker: marker.id,
        label: marker.label,
        kinds: marker.kinds,
        negation: marker.negation,
        plans: marker.plans,
        hasRequires: marker.requires.length > 0,
      });
      for (const indicator of marker.indicators) {
        const { pattern, kind, alone } = readIndicator(indicator);
        add(pattern, { type: 'indicator', marker: index, kind, alone });
      }
      for (const source of marker.requires) add(source, { type: 'requires', marker: index });
      for (const source of marker.unless) add(source, { type: 'unless', marker: index });
    }
  }
  for (const source of content.detection?.social ?? []) add(source, { type: 'social' });
  for (const source of content.detection?.commercial ?? []) add(source, { type: 'commercial' });

  const patterns: Pattern[] =
    preread?.length === sources.length
      ? sources.map((source, id) => ({ source, elements: preread[id] as Element[] }))
      : sources.map((source) => {
          const parsed = parsePattern(source);
          if ('error' in parsed) throw new Error(parsed.error);
          return parsed;
        });
  const detector = { index: new PatternIndex(patterns), markers, roles };
  if (!preread) compiled.set(content, detector);
  return detector;
}

function readIndicator(indicator: Indicator): { pattern: string; kind: string | undefined; alone: boolean } {
  if (typeof indicator === 'string') return { pattern: indicator, kind: undefined, alone: false };
  return { pattern: indicator.pattern, kind: indicator.kind, alone: indicator.alone ?? false };
}
