import { aiQuerySchema } from '@/features/ai/schema';
import { askAssistant } from '@/features/ai/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    { name: 'ai.query', body: aiQuerySchema, limits: ['ai'] },
    async ({ user, body, req, newTransaction }) =>
      askAssistant({ user, query: body.query, origin: req.nextUrl.origin, newTransaction }),
  ),
});
