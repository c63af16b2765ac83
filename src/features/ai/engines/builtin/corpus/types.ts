import type { RequestCase } from '../requests';

export type { RequestCase };

/**
 * One request of the assistant corpus: a RequestCase plus the intent it is about —
 * a tool name, `clarify` for a genuinely ambiguous request, or `unsupported` for
 * something the assistant cannot do (then `reply` holds what it can do instead).
 */
export type CorpusCase = RequestCase & { intent: string };
