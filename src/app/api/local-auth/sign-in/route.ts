import { z } from 'zod';
import { signInDev, signInWithPassword, requestFacts } from '@/features/users/local-auth';
import { devSignInSchema, passwordSignInSchema } from '@/features/users/schema';
import { signedInResponse } from '@/lib/auth/local';
import { env } from '@/lib/env';
import { errors } from '@/lib/errors';
import { methods, publicRoute } from '@/lib/http';
import { documentAs } from '@/lib/validation';

/** Development sign-in (email only, loopback) or local accounts (email + password); 404 in Clerk mode. */
const body = documentAs(
  z.lazy(() => (env().authMode === 'dev' ? devSignInSchema : env().authMode === 'local' ? passwordSignInSchema : z.any())),
  z.union([passwordSignInSchema, devSignInSchema]),
);

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute(
    { name: 'local_auth.sign_in', summary: 'Sign in (local accounts with a password, or the development sign-in).', body },
    async ({ req, body, audit }) => {
      const mode = env().authMode;
      if (mode === 'clerk') throw errors.notFound('Route');
      const facts = requestFacts(req);
      const result =
        mode === 'dev'
          ? await signInDev(body as z.output<typeof devSignInSchema>, facts)
          : await signInWithPassword(body as z.output<typeof passwordSignInSchema>, facts);
      audit('auth.signed_in', { user_id: result.user.id, mode, created: result.created });
      return signedInResponse(result, facts.origin);
    },
  ),
});
