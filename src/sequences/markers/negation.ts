import type { Token } from './tokenise.js';

/** A word that cancels what follows it in its clause ("pas de bénévoles") or sentence (a wish). */
export interface Cue {
  kind: 'negation' | 'plan';
  at: number;
  /** The second half of "ne … pas": an indicator that contains it negates on purpose. */
  partner?: number;
  /** The last token the cue reaches. */
  scopeEnd: number;
}

const NE_PARTNERS = new Set([
  'pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'aucuns', 'aucunes', 'personne', 'ni', 'guere', 'point', 'nullement',
]);
const ALONE = new Set(['pas', 'jamais', 'aucun', 'aucune', 'aucuns', 'aucunes', 'rien', 'ni', 'sans', 'nul', 'nulle']);
/** "pas seulement", "pas que", "sans oublier": these do not deny what follows. */
const NOT_DENIAL_AFTER = new Set(['seulement', 'uniquement', 'que', 'mal', 'simplement', 'forcement', 'oublier', 'doute', 'cesse', 'compter']);
/** A new clause starts here even without punctuation. */
const CLAUSE_WORDS = new Set(['mais', 'dehors', 'sauf', 'hormis', 'excepte', 'car', 'donc', 'puis', 'alors', 'cependant', 'pourtant', 'tandis', 'sinon', 'neanmoins', 'toutefois']);
const SUBJECTS = new Set(['nous', 'on', 'il', 'ils', 'elle', 'elles', 'je', 'vous', 'ce', 'cela', 'ca']);
const PLAN_WORDS = new Set([
  'aimerions', 'aimerait', 'aimerais', 'aimeraient', 'voudrions', 'voudrait', 'voudraient', 'voudrais',
  'souhaitons', 'souhaiterions', 'souhaiterait', 'souhaiteraient', 'envisageons', 'envisage', 'envisagent',
  'envisager', 'projetons', 'prevoyons', 'prevoit', 'prevoient', 'pourrait', 'pourraient', 'pourrions',
  'revons', 'reve', 'esperons', 'espere', 'esperent', 'bientot', 'prochainement', 'voulons', 'veut', 'veulent',
  'aspirons', 'objectif', 'ambition', 'souhait', 'envie', 'terme', 'demandent', 'demandaient', 'sollicitent',
  'reflechit', 'reflechissons', 'etudie', 'etudions', 'visons',
  // A next step, a date to come, a future tense: not done yet.
  'prochaine', 'prochain', 'next', 'prevu', 'prevue', 'prevus', 'prevues', 'devrait', 'devraient',
  'ouvrira', 'ouvriront', 'lancera', 'lanceront',
]);
/** How far a negation reaches without punctuation: a verb and its object. */
const MAX_SCOPE = 8;

/** The negations and wishes of one sentence, with how far each one reaches. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  const partners = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const { norm, lower } = tokens[i] as Token;
    if (PLAN_WORDS.has(norm)) cues.push({ kind: 'plan', at: i, scopeEnd: tokens.length - 1 });
    if (partners.has(i)) continue;
    if (lower === 'ne') {
      const partner = findPartner(tokens, i);
      if (partner === undefined) {
        if (restrictive(tokens, i)) continue;
      } else {
        partners.add(partner);
        if (NOT_DENIAL_AFTER.has(tokens[partner + 1]?.norm ?? '')) continue;
      }
      if (purposive(tokens, i)) continue;
      cues.push({ kind: 'negation', at: i, partner, scopeEnd: scopeEnd(tokens, partner ?? i) });
    } else if (ALONE.has(norm)) {
      if (NOT_DENIAL_AFTER.has(tokens[i + 1]?.norm ?? '')) continue;
      if (purposive(tokens, i)) continue;
      cues.push({ kind: 'negation', at: i, scopeEnd: scopeEnd(tokens, i) });
    }
  }
  return cues;
}

/**
 * Whether a cue cancels a match that used `used` tokens: some used token lies in its
 * scope, and the cue is not itself part of the indicator ("pas de tarif" is free access).
 */
export function cancels(cue: Cue, used: readonly number[]): boolean {
  if (used.includes(cue.at) || (cue.partner !== undefined && used.includes(cue.partner))) return false;
  return used.some((index) => index > cue.at && index <= cue.scopeEnd);
}

function findPartner(tokens: readonly Token[], ne: number): number | undefined {
  const clause = (tokens[ne] as Token).clause;
  for (let j = ne + 1; j < tokens.length && j <= ne + 5; j++) {
    const token = tokens[j] as Token;
    if (token.clause !== clause) return undefined;
    if (NE_PARTNERS.has(token.norm)) return j;
  }
  return undefined;
}

/** "ne … que" restricts ("ne circulent que chez les commerçants"), it does not deny. */
function restrictive(tokens: readonly Token[], ne: number): boolean {
  const clause = (tokens[ne] as Token).clause;
  for (let j = ne + 1; j < tokens.length && j <= ne + 6; j++) {
    const token = tokens[j] as Token;
    if (token.clause !== clause) return false;
    if (token.norm === 'que') return true;
  }
  return false;
}

/** "pour que personne ne soit exclu", "pour ne plus jeter": a goal, stated positively. */
function purposive(tokens: readonly Token[], cue: number): boolean {
  const clause = (tokens[cue] as Token).clause;
  for (let j = cue - 1; j >= 0 && j >= cue - 6; j--) {
    const token = tokens[j] as Token;
    if (token.clause !== clause) return false;
    if (token.norm === 'pour' || token.norm === 'afin') return true;
  }
  return false;
}

function scopeEnd(tokens: readonly Token[], from: number): number {
  const clause = (tokens[from] as Token).clause;
  let end = from;
  for (let j = from + 1; j < tokens.length && j <= from + MAX_SCOPE; j++) {
    const token = tokens[j] as Token;
    if (token.clause !== clause || CLAUSE_WORDS.has(token.norm)) break;
    if (token.norm === 'et' && SUBJECTS.has(tokens[j + 1]?.norm ?? '')) break;
    end = j;
  }
  return end;
}
