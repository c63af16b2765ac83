import { bodyForMode, requestFacts, requestPasswordReset } from '@/features/users/local-auth';
import { passwordResetRequestSchema } from '@/features/users/schema';
import { methods, one, publicRoute } from '@/lib/http';

/** Local accounts: emails a single-use reset link; the answer is the same whether or not the email has an account. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute(
    {
      name: 'local_auth.password_reset',
      summary: 'Request a password reset email (local accounts).',
      body: bodyForMode('local', passwordResetRequestSchema),
      status: 202,
    },
    async ({ req, body }) => {
      await requestPasswordReset(body.email, requestFacts(req));
      return one({ sent: true, message: 'If an account uses this email, a link to choose a new password is on its way.' });
    },
  ),
});
