import { NextResponse } from 'next/server';
import { contactImportSchema, IMPORT_MAX_BYTES } from '@/features/contacts/schema';
import { importContacts } from '@/features/contacts/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(
    { name: 'contacts.import', body: contactImportSchema, maxBodyBytes: IMPORT_MAX_BYTES, exactNumbers: false },
    async ({ tx, user, body, audit }) => {
      const report = await importContacts(tx, user, body);
      if (!body.dry_run) audit('contacts.imported', { created: report.create, updated: report.update, skipped: report.skip });
      return NextResponse.json({ data: report }, { status: body.dry_run ? 200 : 201 });
    },
  ),
});
