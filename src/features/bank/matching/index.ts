/**
 * Bank matching: pure scoring of bank lines against open invoices and
 * categorisation of the rest. No database: the bank feature loads the lines,
 * invoices, aliases, rules and history and calls these functions (ADR 0121).
 */
export type { MatchLine, MatchInvoice, PayerAlias, Suggestion, CategoryRule, CategorisedExample, CategorySuggestion } from './types';
export { AUTO_ACCEPT_DEFAULT, SUGGEST_MIN, suggestMatches } from './matcher';
export { suggestCategory } from './categorise';
