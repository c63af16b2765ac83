import { corpusShard } from './assistant-corpus';

// The assistant corpus, first shard: the tuning account's batch and the earlier set-aside batches (tests/integration/assistant-corpus.ts)
corpusShard(['tuning', 'tuning-2', 'tuning-3', 'tuning-4']);
