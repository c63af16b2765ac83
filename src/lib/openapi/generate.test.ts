import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describedRoute, methods, publicRoute, route } from '@/lib/http';
import { cursorParam, limitParam, money, uuid } from '@/lib/validation';
import { buildDocument, collectOperations, openApiPath, tagOf } from './generate';

const widgetBody = z.strictObject({
  name: z.string().min(1),
  price: money({ positive: true }),
  colour: z.enum(['red', 'green']),
});

const sample = {
  file: 'widgets/[id]/route.ts',
  module: methods({
    GET: route(
      {
        name: 'widgets.get',
        summary: 'Get a widget.',
        params: z.object({ id: uuid }),
        query: z.strictObject({ view: z.enum(['short', 'full']).optional() }),
      },
      async () => ({ data: null }),
    ),
    PUT: route(
      {
        name: 'widgets.update',
        summary: 'Update a widget.',
        params: z.object({ id: uuid }),
        body: widgetBody,
        readOnly: ['id', 'created_at'],
        role: 'admin',
      },
      async () => ({ data: null }),
    ),
  }),
};

const list = {
  file: 'widgets/route.ts',
  module: methods({
    GET: route(
      {
        name: 'widgets.list',
        summary: 'List widgets.',
        query: z.strictObject({ limit: limitParam, cursor: cursorParam }),
        response: z.object({ id: z.string(), price: z.string() }),
        status: 200,
      },
      async () => ({ data: [] }),
    ),
    POST: publicRoute({ name: 'widgets.ping', summary: 'Ping.', status: 202 }, async () => null),
  }),
};

type Doc = {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, unknown> };
};

function doc(): Doc {
  return buildDocument([sample, list], { version: '9.9.9' }) as unknown as Doc;
}

describe('openApiPath', () => {
  it('templates dynamic segments and skips catch-alls', () => {
    expect(openApiPath('invoices/[id]/payments/[payment_id]/route.ts')).toBe('/api/invoices/{id}/payments/{payment_id}');
    expect(openApiPath('route.ts')).toBe('/api');
    expect(openApiPath('[...path]/route.ts')).toBeNull();
  });
});

describe('tagOf', () => {
  it('names the feature of a path, and of routes added later', () => {
    expect(tagOf('/api/invoices/{id}/pdf')).toBe('Invoices');
    expect(tagOf('/api/bank-lines')).toBe('Bank');
    expect(tagOf('/api/some-thing')).toBe('Some thing');
  });
});

describe('collectOperations', () => {
  it('finds the configured methods, skips the 405s, and reports handlers without a config', () => {
    const raw = { file: 'raw/route.ts', module: methods({ GET: async () => new Response('x') }) };
    const { operations, undescribed } = collectOperations([sample, raw]);
    expect(operations.map((op) => `${op.method} ${op.path}`)).toEqual(['GET /api/widgets/{id}', 'PUT /api/widgets/{id}']);
    expect(undescribed).toEqual(['GET /api/raw']);
    const probe = {
      file: 'probe/route.ts',
      module: methods({ GET: describedRoute({ name: 'probe', summary: 'Probe.' }, () => new Response()) }),
    };
    expect(collectOperations([probe]).undescribed).toEqual([]);
  });
});

describe('buildDocument', () => {
  it('describes an operation from its route config', () => {
    const get = doc().paths['/api/widgets/{id}']!.get!;
    expect(get.operationId).toBe('widgets.get');
    expect(get.summary).toBe('Get a widget.');
    expect(get.tags).toEqual(['Widgets']);
    expect(get.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(get['x-ledgerly-role']).toBe('viewer');
    const parameters = get.parameters as { in: string; name: string; required?: boolean; schema: { enum?: string[] } }[];
    expect(parameters.find((p) => p.in === 'path')).toMatchObject({ name: 'id', required: true });
    expect(parameters.find((p) => p.name === 'view')?.schema.enum).toEqual(['short', 'full']);
    expect(Object.keys(get.responses as object)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '429']));
  });

  it('shows the request body as sent: money as a decimal string, enums, required fields, no read-only fields', () => {
    const put = doc().paths['/api/widgets/{id}']!.put!;
    const body = (put.requestBody as { content: Record<string, { schema: Record<string, unknown> }> }).content['application/json']!.schema;
    const properties = body.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties).sort()).toEqual(['colour', 'name', 'price']);
    expect(properties.price).toMatchObject({ type: 'string', pattern: '^\\d+(\\.\\d{1,2})?$' });
    expect(properties.price!.type).not.toBe('number');
    expect(properties.colour!.enum).toEqual(['red', 'green']);
    expect(body.required).toEqual(['name', 'price', 'colour']);
    expect(body.additionalProperties).toBe(false);
    expect(put.description).toContain('`admin`');
    expect(put.description).toContain('`id`, `created_at`');
    expect(Object.keys(put.responses as object)).toEqual(expect.arrayContaining(['409', '413', '415', '422']));
  });

  it('wraps a paged list in { data, page } and a public route has no security', () => {
    const d = doc();
    const get = d.paths['/api/widgets']!.get!;
    const ok = (get.responses as Record<string, { content: Record<string, { schema: Record<string, unknown> }> }>)['200']!;
    const schema = ok.content['application/json']!.schema;
    expect(schema.required).toEqual(['data', 'page']);
    expect((schema.properties as Record<string, unknown>).page).toEqual({ $ref: '#/components/schemas/Page' });
    expect(d.components.schemas.Page).toBeDefined();
    const ping = d.paths['/api/widgets']!.post!;
    expect(ping.security).toEqual([]);
    expect(Object.keys(ping.responses as object)).toEqual(['202', '400', '429']);
  });
});

describe('config fields added by other parts of the wrapper', () => {
  it('describes an API key scope and a file body when a route declares them', () => {
    const config = { name: 'files.upload', summary: 'Upload a file.', apiKey: 'never', bytesBody: ['text/csv'] } as Parameters<
      typeof route
    >[0];
    const upload = { file: 'files/route.ts', module: methods({ POST: route(config, async () => null) }) };
    const post = (buildDocument([upload], { version: '1' }) as unknown as Doc).paths['/api/files']!.post!;
    expect(post.description).toContain('API keys cannot call it');
    const body = post.requestBody as { content: Record<string, { schema: Record<string, unknown> }> };
    expect(body.content['text/csv']!.schema).toEqual({ type: 'string', format: 'binary' });
    expect(Object.keys(post.responses as object)).toEqual(expect.arrayContaining(['413', '415']));
    expect(doc().paths['/api/widgets/{id}']!.get!.description).toContain('the `read` scope');
  });
});
