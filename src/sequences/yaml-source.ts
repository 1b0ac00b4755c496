import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Issue, SourcePosition } from './errors.js';

/** Keys that could reach an object's prototype once the YAML becomes JavaScript. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A YAML text parsed without surprises, with a way back from a value's path to its line. */
export interface YamlSource {
  value: unknown;
  /** Where the node at `path` starts in the text, or the nearest parent that exists. */
  locate(path: readonly (string | number)[]): SourcePosition | undefined;
}

/**
 * Parses YAML written by a person and refuses what a storyboard file never needs and an
 * attacker might use: aliases (the "billion laughs" bomb), duplicate keys, and keys such as
 * `__proto__`. Returns every problem at once so that the user fixes the file in one go.
 */
export function parseYamlSource(text: string): { source: YamlSource; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): SourcePosition => lineCounter.linePos(offset);
  const issues: Issue[] = [];

  for (const error of [...doc.errors, ...doc.warnings]) {
    issues.push({ message: yamlErrorMessage(error.code, error.message), position: at(error.pos[0]) });
  }
  visit(doc, {
    Alias(_, node) {
      issues.push({
        message: 'les alias YAML (*nom) ne sont pas acceptés : recopiez le texte à cet endroit',
        position: at(node.range?.[0] ?? 0),
      });
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        issues.push({
          message: `la clé « ${String(pair.key.value)} » est interdite`,
          position: at(pair.key.range?.[0] ?? 0),
        });
      }
    },
  });

  const unsafe = issues.length > 0;
  const source: YamlSource = {
    // Never turn an unsafe document into JavaScript: that is where the bombs go off.
    value: unsafe ? undefined : doc.toJS({ maxAliasCount: 0 }),
    locate: (path) => locate(doc, path, at),
  };
  return { source, issues };
}

function locate(
  doc: Document,
  path: readonly (string | number)[],
  at: (offset: number) => SourcePosition,
): SourcePosition | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && !isAlias(node) && node.range) {
      // For a key that exists, point at the key rather than its value.
      const last = prefix.at(-1);
      if (depth > 0 && typeof last === 'string') {
        const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
          if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
        }
      }
      return at(node.range[0]);
    }
  }
  return undefined;
}

/** The yaml library speaks English; the people reading these messages do not. */
function yamlErrorMessage(code: string, original: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'cette clé apparaît deux fois au même niveau';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BAD_SCALAR_START':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'TAB_AS_INDENT':
      return `syntaxe YAML invalide (indentation ou caractère inattendu) : ${describeYamlError(original)}`;
    case 'MISSING_ANCHOR':
    case 'BAD_ALIAS':
      return 'les alias YAML (*nom) ne sont pas acceptés : recopiez le texte à cet endroit';
    case 'MULTIPLE_DOCS':
      return 'le fichier contient plusieurs documents YAML (séparés par ---) : gardez-en un seul';
    default:
      return `syntaxe YAML invalide : ${describeYamlError(original)}`;
  }
}

/** Keeps the first line of the library's message, in parentheses, for the technical reader. */
function describeYamlError(original: string): string {
  const first = original.split('\n')[0] ?? '';
  return `vérifiez les deux-points, guillemets et retraits (détail : ${first.replace(/ at line \d+, column \d+:?$/, '')})`;
}

