import { corpusShard } from './assistant-corpus';

// The assistant corpus, first shard: the tuning account's batch and four set-aside batches read since they were written (tests/integration/assistant-corpus.ts)
corpusShard(['tuning', 'tuning-2', 'tuning-3', 'tuning-7', 'tuning-9']);
