import { sessionsOf } from '@/features/users/local-auth';
import { methods, routeWithoutTransaction } from '@/lib/http';

/** Local accounts: the signed-in person's active sessions (this one marked `current`). */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: routeWithoutTransaction(
    { name: 'local_auth.sessions', apiKey: 'never', summary: 'List the sessions of the signed-in local account.' },
    async ({ session }) => ({ data: await sessionsOf(session) }),
  ),
});
