import { NextResponse } from 'next/server';
import document from '@/lib/openapi/openapi.json';
import { methods, publicRoute } from '@/lib/http';

/**
 * The API description, OpenAPI 3.1, generated from the routes' own zod schemas
 * (`npm run openapi`, src/lib/openapi). Public: API clients and automation
 * tools read it before they authenticate, and it holds no workspace data
 * (docs/decisions/0140-openapi-description.md).
 */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: publicRoute(
    { name: 'openapi', summary: 'The OpenAPI 3.1 description of this API (every route, generated from its schemas).' },
    async () => NextResponse.json(document, { headers: { 'Cache-Control': 'public, max-age=300' } }),
  ),
});
