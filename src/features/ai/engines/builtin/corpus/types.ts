import type { RequestCase } from '../requests';

export type { RequestCase };

/** A request of the corpus, marked with the intent it is about: a tool name, `clarify` or `unsupported`. */
export type CorpusCase = RequestCase & { intent: string };
