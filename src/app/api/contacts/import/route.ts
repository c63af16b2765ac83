import { NextResponse } from 'next/server';
import { contactImportSchema, IMPORT_MAX_BYTES } from '@/features/contacts/schema';
import { importContacts, readImport } from '@/features/contacts/service';
import { methods, routeWithoutTransaction } from '@/lib/http';

/**
 * The file is read (parsed, mapped, validated) before any transaction opens;
 * then one tenant transaction looks up duplicates and writes, one import at a
 * time per user (409 while another runs).
 */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: routeWithoutTransaction(
    {
      name: 'contacts.import',
      summary: 'Import contacts from CSV text.',
      body: contactImportSchema,
      maxBodyBytes: IMPORT_MAX_BYTES,
      exactNumbers: false,
    },
    async ({ newTransaction, workspace, body, audit }) => {
      const read = readImport(body);
      const report = await newTransaction((tx) => importContacts(tx, workspace, body, read));
      if (!body.dry_run) audit('contacts.imported', { created: report.create, updated: report.update, skipped: report.skip });
      return NextResponse.json({ data: report }, { status: body.dry_run ? 200 : 201 });
    },
  ),
});
