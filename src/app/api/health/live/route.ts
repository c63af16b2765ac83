import { describedRoute, methods } from '@/lib/http';
import { liveness } from '@/lib/http/probes';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: describedRoute(
    { name: 'health.live', summary: 'Liveness probe: 200 while the process runs, whatever the database does.' },
    async () => liveness(),
  ),
});
