import { receiveClerkWebhook } from '@/features/users/service';
import { methods, publicRoute } from '@/lib/http';

/** Clerk's webhook (svix-signed); also served at /api/auth/webhook. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute(
    {
      name: 'auth.webhook',
      summary: 'Receive a signed Clerk webhook (user and organization changes).',
      rawBody: true,
      maxBodyBytes: 256 * 1024,
    },
    async ({ req, rawBody, requestId }) => ({
      data: await receiveClerkWebhook(rawBody ?? '', req.headers, requestId),
    }),
  ),
});
