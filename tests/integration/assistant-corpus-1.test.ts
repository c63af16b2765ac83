import { corpusShard } from './assistant-corpus';

// The assistant corpus, first shard: the tuning account's batch and the first set-aside batches (tests/integration/assistant-corpus.ts)
corpusShard(['tuning', 'tuning-2', 'tuning-3']);
