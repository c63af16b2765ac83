import { bodyForMode, changePassword } from '@/features/users/local-auth';
import { changePasswordSchema } from '@/features/users/schema';
import { methods, one, routeWithoutTransaction } from '@/lib/http';

/** Local accounts: changes the password (the current one is asked for) and signs every other session out. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    {
      name: 'local_auth.change_password',
      apiKey: 'never',
      summary: 'Change the password of a local account.',
      role: 'viewer',
      body: bodyForMode('local', changePasswordSchema),
    },
    async ({ session, body, audit }) => {
      const result = await changePassword(session, body);
      audit('auth.password_changed', result);
      return one({ changed: true, ...result });
    },
  ),
});
