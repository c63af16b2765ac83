import { TIME_ENTRY_READ_ONLY, timeEntryIdParams, timeEntryUpdateSchema } from '@/features/time/schema';
import { deleteTimeEntry, getTimeEntry, updateTimeEntry } from '@/features/time/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'time_entries.get', summary: 'Get a time entry.', params: timeEntryIdParams }, async ({ tx, workspace, params }) => ({
    data: await getTimeEntry(tx, workspace, params.id),
  })),
  PUT: route(
    {
      name: 'time_entries.update',
      summary: 'Update a time entry.',
      params: timeEntryIdParams,
      body: timeEntryUpdateSchema,
      readOnly: TIME_ENTRY_READ_ONLY,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const entry = await updateTimeEntry(tx, workspace, params.id, body);
      audit('time_entry.updated', { time_entry_id: entry.id, fields: Object.keys(body) });
      return { data: entry };
    },
  ),
  DELETE: route(
    { name: 'time_entries.delete', summary: 'Delete a time entry.', params: timeEntryIdParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteTimeEntry(tx, workspace, params.id);
      audit('time_entry.deleted', { time_entry_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
