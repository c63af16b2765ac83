import { aiQuerySchema } from '@/features/ai/schema';
import { askAssistant } from '@/features/ai/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction({ name: 'ai.query', body: aiQuerySchema, limits: ['ai'] }, async ({ user, body, newTransaction }) =>
    askAssistant({ user, query: body.query, newTransaction }),
  ),
});
