import { z } from 'zod';
import { IMPORT_MAX_BYTES } from '@/features/portability/schema';
import { importAccount } from '@/features/portability/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    // the file is checked by the service (its errors name each path, the first 50 of them)
    {
      name: 'account.import',
      summary: 'Import a workspace archive made by the export into this workspace.',
      role: 'admin',
      body: z.unknown(),
      maxBodyBytes: IMPORT_MAX_BYTES,
      exactNumbers: false,
    },
    async ({ tx, workspace, body, audit }) => {
      const counts = await importAccount(tx, workspace, body);
      audit('account.imported', { rows: counts });
      return { data: counts };
    },
  ),
});
