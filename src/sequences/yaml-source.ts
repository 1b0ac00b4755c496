import {
  Composer,
  type CST,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  LineCounter,
  Parser,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import type { Issue, SourcePosition } from './errors.js';

/** Keys that could reach an object's prototype once the YAML becomes JavaScript. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A storyboard file needs five or six levels (séquences › questions › …). Far deeper is a
 * damaged or hostile file, and would exhaust the stack of the recursive code that follows.
 */
export const MAX_YAML_DEPTH = 64;

const TOO_DEEP = `le fichier est imbriqué trop profondément (plus de ${MAX_YAML_DEPTH} niveaux de retraits, de crochets ou d'accolades) : un fichier storyboard n'en a besoin que de quelques-uns`;

/** A YAML text parsed without surprises, with a way back from a value's path to its line. */
export interface YamlSource {
  value: unknown;
  /** Where the node at `path` starts in the text, or the nearest parent that exists. */
  locate(path: readonly (string | number)[]): SourcePosition | undefined;
}

/**
 * Parses YAML written by a person and refuses what a storyboard file never needs and an
 * attacker might use: aliases (the "billion laughs" bomb), duplicate keys, keys such as
 * `__proto__`, and absurd nesting. Reports every real problem at once so that the user fixes
 * the file in one go, but a syntax error only once: what the parser says after it is noise.
 * Never throws: every problem is an issue, in French.
 */
export function parseYamlSource(text: string): { source: YamlSource; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourcePosition => lineCounter.linePos(offset);
  const nothing: YamlSource = { value: undefined, locate: () => undefined };
  // Read the text's structure first (the parser uses no recursion): nesting too deep for the
  // recursive steps that follow is refused before they run, since V8 cannot always recover
  // from a stack overflow there (it may abort the process instead of throwing).
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) return { source: nothing, issues: [{ message: TOO_DEEP, position: at(deep) }] };

  let doc: Document.Parsed;
  const more: YAMLError[] = [];
  try {
    // What parseDocument does, on the tokens already read.
    const docs = [...new Composer({ uniqueKeys: false, logLevel: 'error' }).compose(tokens, true, text.length)];
    const [first, second] = docs;
    if (!first) return { source: nothing, issues: [{ message: `${SYNTAX} : ${CHECK}` }] };
    doc = first;
    if (second) more.push({ code: 'MULTIPLE_DOCS', message: '', pos: [second.range[0], second.range[1]] } as YAMLError);
  } catch (error) {
    if (error instanceof RangeError) return { source: nothing, issues: [{ message: TOO_DEEP }] };
    throw error;
  }

  const errors = [...doc.errors, ...more];
  const syntax = firstSyntaxError(errors);
  if (syntax) return { source: nothing, issues: [{ message: yamlErrorMessage(syntax), position: at(syntax.pos[0]) }] };
  const issues: Issue[] = errors.map((error) => ({ message: yamlErrorMessage(error), position: at(error.pos[0]) }));
  for (const warning of doc.warnings) issues.push({ message: yamlErrorMessage(warning), position: at(warning.pos[0]) });

  const aliases: number[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push(node.range?.[0] ?? 0);
    },
    // Duplicate keys, found with one set per map: the library's own check compares every key
    // with every other one, minutes on a file of a few megabytes.
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (seen.has(key)) issues.push({ message: yamlErrorMessage({ code: 'DUPLICATE_KEY' } as YAMLError), position: at(pair.key.range?.[0] ?? 0) });
        else seen.add(key);
      }
    },
    Pair(_, pair) {
      // `? [a, b]: x` is valid YAML, but JavaScript would turn the key into a string silently.
      if (isCollection(pair.key)) {
        issues.push({ message: 'une clé doit être un simple mot ou texte, pas une liste ni un groupe', position: at(pair.key.range?.[0] ?? 0) });
      }
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        issues.push({
          message: `la clé « ${String(pair.key.value)} » est interdite`,
          position: at(pair.key.range?.[0] ?? 0),
        });
      }
    },
  });
  if (aliases.length > 0) {
    // One problem, however many times it occurs: a bomb has thousands of them.
    const count = aliases.length > 1 ? ` (${aliases.length} dans ce fichier)` : '';
    issues.push({ message: `les alias YAML (*nom) ne sont pas acceptés${count} : recopiez le texte à cet endroit`, position: at(aliases[0] ?? 0) });
  }
  issues.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.col ?? 0) - (b.position?.col ?? 0));

  const unsafe = issues.length > 0;
  let value: unknown;
  if (!unsafe) {
    try {
      value = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      if (error instanceof RangeError) return { source: nothing, issues: [{ message: TOO_DEEP }] };
      throw error;
    }
  }
  const source: YamlSource = {
    // Never turn an unsafe document into JavaScript: that is where the bombs go off.
    value,
    locate: (path) => locate(doc, path, at),
  };
  return { source, issues };
}

/** A duplicate key is a problem of its own; any other error breaks the rest of the reading. */
function firstSyntaxError(errors: readonly YAMLError[]): YAMLError | undefined {
  return errors.filter((error) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0])[0];
}

/** The offset of a collection nested deeper than MAX_YAML_DEPTH, found without recursion. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token | undefined, number][] = tokens.map((token) => [token, 0]);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [token, depth] = item;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_YAML_DEPTH) return token.offset;
      for (const entry of token.items) {
        stack.push(['key' in entry ? entry.key ?? undefined : undefined, depth + 1], [entry.value, depth + 1]);
      }
    }
  }
  return undefined;
}

function locate(
  doc: Document.Parsed,
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

const SYNTAX = 'syntaxe YAML invalide';
const CHECK = 'vérifiez les deux-points, guillemets et retraits';

/**
 * The yaml library speaks English; the people reading these messages do not, so its text is
 * never shown: each kind of error gets its own French sentence.
 */
function yamlErrorMessage(error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'cette clé apparaît deux fois au même niveau';
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return `${SYNTAX} : un texte entre guillemets n'est jamais refermé (il manque le guillemet fermant)`;
      return `${SYNTAX} : il manque un caractère (crochet, accolade ou deux-points) ; ${CHECK}`;
    case 'BAD_INDENT':
      if (/\bend with a [\]}]/.test(error.message)) {
        return `${SYNTAX} : une liste entre crochets [ ] ou un groupe entre accolades { } n'est pas refermé ou est mal placé`;
      }
      return `${SYNTAX} (retrait inattendu) : ${CHECK}`;
    case 'TAB_AS_INDENT':
      return `${SYNTAX} : une tabulation sert de retrait ; utilisez des espaces`;
    case 'BAD_DQ_ESCAPE':
      return `${SYNTAX} : une barre oblique inversée (\\) entre guillemets doubles n'est pas suivie d'un code valide ; doublez-la (\\\\) ou utilisez des guillemets simples`;
    case 'BAD_SCALAR_START':
      return `${SYNTAX} : un texte ne peut pas commencer par ce caractère ; mettez le texte entre guillemets`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_IN_FLOW':
      return `${SYNTAX} (retrait ou caractère inattendu) : ${CHECK} ; un texte qui contient « : » se met entre guillemets`;
    case 'KEY_OVER_1024_CHARS':
      return `${SYNTAX} : une clé dépasse 1 024 caractères`;
    case 'MULTIPLE_DOCS':
      return 'le fichier contient plusieurs documents YAML (séparés par ---) : gardez-en un seul';
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return 'les alias YAML (*nom) ne sont pas acceptés : recopiez le texte à cet endroit';
    case 'RESOURCE_EXHAUSTION':
      return TOO_DEEP;
    case 'TAG_RESOLVE_FAILED':
      return 'étiquette YAML inconnue (un mot commençant par « ! ») : retirez-la, ou mettez le texte entre guillemets';
    case 'BAD_DIRECTIVE':
      return 'directive YAML inconnue (une ligne commençant par « % ») : retirez-la';
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
      return `${SYNTAX} : trop d'ancres (&) ou d'étiquettes (!) sur une même valeur`;
    default:
      return `${SYNTAX} : ${CHECK}`;
  }
}
