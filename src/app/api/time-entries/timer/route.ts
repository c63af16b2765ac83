import { runningTimer } from '@/features/time/service';
import { methods, route } from '@/lib/http';

/** The caller's running timer (`data: null` when none runs): what the timer in the header shows. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'time_entries.timer', summary: 'The running timer of the signed-in user, if any.' }, async ({ tx, workspace }) => ({
    data: await runningTimer(tx, workspace),
  })),
});
