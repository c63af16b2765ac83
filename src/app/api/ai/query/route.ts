import { aiQuerySchema } from '@/features/ai/schema';
import { askAssistant } from '@/features/ai/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    { name: 'ai.query', role: 'viewer', body: aiQuerySchema, limits: ['ai'] },
    async ({ workspace, body, newTransaction }) => askAssistant({ user: workspace, query: body.query, newTransaction }),
  ),
});
