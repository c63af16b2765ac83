import { bodyForMode, completePasswordReset } from '@/features/users/local-auth';
import { passwordResetSchema } from '@/features/users/schema';
import { methods, one, publicRoute } from '@/lib/http';

/** Local accounts: sets a new password with a reset link's token (once) and signs every session out. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute(
    {
      name: 'local_auth.password_reset_confirm',
      summary: 'Set a new password with a reset token (local accounts).',
      body: bodyForMode('local', passwordResetSchema),
    },
    async ({ body, audit }) => {
      await completePasswordReset(body);
      audit('auth.password_reset');
      return one({ reset: true });
    },
  ),
});
