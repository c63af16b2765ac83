import { linkTokenParams } from '@/features/links/schema';
import { answerQuote } from '@/features/links/service';
import { methods, publicRoute } from '@/lib/http';
import { answerResponse } from '../answer';

/** The client declines the quote behind a link: idempotent (the same answer twice stands); otherwise a 409. */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute({ name: 'client_link.decline', params: linkTokenParams }, async ({ req, params }) =>
    answerResponse(req, params.token, await answerQuote(params.token, 'decline')),
  ),
});
