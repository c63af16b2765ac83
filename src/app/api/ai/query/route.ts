import { aiQuerySchema } from '@/features/ai/schema';
import { askAssistant } from '@/features/ai/service';
import { requestOrigin } from '@/lib/auth/config';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    { name: 'ai.query', body: aiQuerySchema, limits: ['ai'] },
    async ({ user, body, req, newTransaction }) =>
      askAssistant({ user, query: body.query, origin: requestOrigin(req.nextUrl, req.headers), newTransaction }),
  ),
});
