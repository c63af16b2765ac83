import { methods } from '@/lib/http';
import { liveness } from '@/lib/http/probes';

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: async () => liveness() });
