import { timerStartSchema } from '@/features/time/schema';
import { startTimer } from '@/features/time/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'time_entries.timer_start', summary: 'Start a timer (a running time entry).', body: timerStartSchema, status: 201 },
    async ({ tx, workspace, body, audit }) => {
      const entry = await startTimer(tx, workspace, body);
      audit('time_entry.timer_started', { time_entry_id: entry.id });
      return { data: entry };
    },
  ),
});
