import { describedRoute, methods } from '@/lib/http';
import { readiness } from '@/lib/http/probes';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: describedRoute(
    { name: 'health.ready', summary: 'Readiness probe: 200 when this instance should get requests, 503 while starting or draining.' },
    () => readiness(),
  ),
});
