import { listOutbox } from '@/lib/email';
import { methods, routeWithoutTransaction } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  // the workspace's mail (invoices, receipts and reminders sent from it)
  GET: routeWithoutTransaction(
    { name: 'outbox.list', summary: 'List the emails of the outbox and their delivery state.' },
    async ({ workspace }) => {
      const { messages, total } = await listOutbox(workspace.id);
      return { data: messages.map(({ text: _text, ...message }) => message), page: { limit: 100, next_cursor: null, total } };
    },
  ),
});
