import { timerStopSchema } from '@/features/time/schema';
import { stopTimer } from '@/features/time/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    {
      name: 'time_entries.timer_stop',
      summary: 'Stop the running timer, keeping its time entry.',
      body: timerStopSchema,
      optionalBody: true,
    },
    async ({ tx, workspace, audit }) => {
      const entry = await stopTimer(tx, workspace);
      audit('time_entry.timer_stopped', { time_entry_id: entry.id });
      return { data: entry };
    },
  ),
});
