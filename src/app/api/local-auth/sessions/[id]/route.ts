import { revokeOwnSession } from '@/features/users/local-auth';
import { sessionIdParams } from '@/features/users/schema';
import { methods, one, routeWithoutTransaction } from '@/lib/http';

/** Local accounts: signs one of the person's sessions out (immediately, on this server). */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: routeWithoutTransaction(
    {
      name: 'local_auth.revoke_session',
      apiKey: 'never',
      summary: 'Sign out one session of the signed-in local account.',
      role: 'viewer',
      params: sessionIdParams,
    },
    async ({ session, params, audit }) => {
      await revokeOwnSession(session, params.id);
      audit('auth.session_revoked', { session_id: params.id });
      return one({ revoked: true });
    },
  ),
});
