import { TIME_ENTRY_READ_ONLY, timeEntryCreateSchema, timeEntryListQuerySchema } from '@/features/time/schema';
import { createTimeEntry, exportTimeEntriesCsv, listTimeEntries } from '@/features/time/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'time_entries.list', summary: 'List time entries, filtered and sorted (JSON or CSV).', query: timeEntryListQuerySchema },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportTimeEntriesCsv(newTransaction, workspace, query) : listTimeEntries(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'time_entries.create',
      summary: 'Record a time entry.',
      body: timeEntryCreateSchema,
      readOnly: TIME_ENTRY_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const entry = await createTimeEntry(tx, workspace, body);
      audit('time_entry.created', { time_entry_id: entry.id });
      return { data: entry };
    },
  ),
});
