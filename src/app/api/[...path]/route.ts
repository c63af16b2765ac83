import { ApiError } from '@/lib/errors';
import { publicRoute } from '@/lib/http';
import { z } from 'zod';

/** Any /api path that no route serves: a 404 in the API's error shape. */
const notFound = publicRoute({ name: 'api.not_found', summary: 'Any path no route serves (404).', query: z.any() }, async ({ req }) => {
  throw new ApiError('not_found', `No API route at ${req.nextUrl.pathname}.`);
});

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
