import { corpusShard } from './assistant-corpus';

// The assistant corpus, second shard: the later set-aside batches and the set-aside part (tests/integration/assistant-corpus.ts)
corpusShard(['tuning-4', 'tuning-5', 'tuning-6', 'tuning-8', 'holdout']);
