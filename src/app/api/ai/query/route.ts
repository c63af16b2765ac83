import { aiQuerySchema } from '@/features/ai/schema';
import { askAssistant } from '@/features/ai/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    {
      name: 'ai.query',
      summary: 'Ask the assistant a question; its answer may propose actions to confirm.',
      role: 'viewer',
      body: aiQuerySchema,
      limits: ['ai'],
    },
    async ({ workspace, body, newTransaction }) => askAssistant({ user: workspace, query: body.query, newTransaction }),
  ),
});
