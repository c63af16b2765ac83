import { fold, nameKey, nameTokens } from './normalise';
import type { CategorisedExample, CategoryRule, CategorySuggestion, MatchLine } from './types';

/**
 * Categories for bank lines that are not invoice payments. The user's rules
 * come first, in their order; otherwise the category is learned from lines
 * categorised before: the same counterparty, else the most similar texts. No
 * guess is made when the history disagrees with itself.
 */

/** Share of the votes the winning category needs before it is suggested. */
export const LEARNED_AGREEMENT = 0.8;
/** Word overlap of the descriptions (Dice coefficient) an earlier line needs to count as similar. */
export const LEARNED_SIMILARITY = 0.5;

function direction(line: MatchLine): 'income' | 'expense' {
  return line.amount.trim().startsWith('-') ? 'expense' : 'income';
}

function ruleMatches(rule: CategoryRule, line: MatchLine): boolean {
  const pattern = fold(rule.pattern);
  if (pattern === '') return false;
  const value = fold(rule.field === 'counterparty' ? (line.counterparty ?? '') : line.description);
  if (rule.match === 'equals') return value === pattern;
  if (rule.match === 'starts_with') return value.startsWith(pattern);
  return value.includes(pattern);
}

/** Words that describe a line: digits, dates and short fragments say nothing about its category. */
function words(text: string): Set<string> {
  return new Set(nameTokens(text).filter((t) => t.length >= 3 && !/\d/.test(t)));
}

function vote(votes: Map<string, number>): string | null {
  let total = 0;
  let best: [string, number] | null = null;
  for (const [category, weight] of votes) {
    total += weight;
    if (!best || weight > best[1]) best = [category, weight];
  }
  return best && total > 0 && best[1] / total >= LEARNED_AGREEMENT ? best[0] : null;
}

export function suggestCategory(line: MatchLine, rules: CategoryRule[], history: CategorisedExample[]): CategorySuggestion | null {
  const type = direction(line);
  for (const rule of rules) {
    if (rule.type === type && ruleMatches(rule, line)) return { category: rule.category, source: 'rule', rule_id: rule.id };
  }
  const examples = history.filter((h) => h.type === type);
  const payer = nameKey(line.counterparty ?? '');
  if (payer !== '') {
    const votes = new Map<string, number>();
    for (const example of examples) {
      if (nameKey(example.counterparty ?? '') === payer) votes.set(example.category, (votes.get(example.category) ?? 0) + 1);
    }
    if (votes.size > 0) {
      const category = vote(votes);
      return category ? { category, source: 'learned' } : null;
    }
  }
  const mine = words(line.description);
  if (mine.size === 0) return null;
  const votes = new Map<string, number>();
  for (const example of examples) {
    const theirs = words(example.description);
    let shared = 0;
    for (const w of theirs) if (mine.has(w)) shared++;
    const similarity = (2 * shared) / (mine.size + theirs.size);
    if (similarity >= LEARNED_SIMILARITY) votes.set(example.category, (votes.get(example.category) ?? 0) + similarity);
  }
  const category = vote(votes);
  return category ? { category, source: 'learned' } : null;
}
