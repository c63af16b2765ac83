import { bodyForMode, requestFacts, signUp } from '@/features/users/local-auth';
import { signUpSchema } from '@/features/users/schema';
import { signedInResponse } from '@/lib/auth/local';
import { methods, publicRoute } from '@/lib/http';

/** Local accounts: creates an account (the first one always; later ones with LOCAL_SIGNUP=open) and signs it in. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute(
    { name: 'local_auth.sign_up', summary: 'Create a local account.', body: bodyForMode('local', signUpSchema) },
    async ({ req, body, audit }) => {
      const facts = requestFacts(req);
      const result = await signUp(body, facts);
      audit('auth.signed_up', { user_id: result.user.id });
      return signedInResponse(result, facts.origin, 201);
    },
  ),
});
