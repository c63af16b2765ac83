import { methods } from '@/lib/http';
import { readiness } from '@/lib/http/probes';

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: () => readiness() });
