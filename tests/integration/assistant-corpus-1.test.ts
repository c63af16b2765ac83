import { corpusShard } from './assistant-corpus';

// The assistant corpus, first shard: the tuning account's batch and the first and the latest set-aside batches read (tests/integration/assistant-corpus.ts)
corpusShard(['tuning', 'tuning-2', 'tuning-3', 'tuning-7']);
