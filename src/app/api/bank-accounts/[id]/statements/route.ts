import { MAX_STATEMENT_BYTES } from '@/features/bank/parse';
import { idParams, STATEMENT_CONTENT_TYPES, statementQuerySchema } from '@/features/bank/schema';
import { importStatement } from '@/features/bank/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    {
      name: 'bank_accounts.import_statement',
      summary: 'Import a bank statement (CSV, OFX/QFX or CAMT.053 as the raw body); lines already imported are skipped.',
      params: idParams,
      query: statementQuerySchema,
      bytesBody: STATEMENT_CONTENT_TYPES,
      maxBodyBytes: MAX_STATEMENT_BYTES,
    },
    async ({ tx, workspace, params, query, bytes, req, audit }) => {
      const result = await importStatement(
        tx,
        workspace,
        params.id,
        { bytes: bytes!, contentType: req.headers.get('content-type') ?? '' },
        query,
      );
      audit('bank_statement.imported', { bank_account_id: params.id, ...result });
      return { data: result };
    },
  ),
});
