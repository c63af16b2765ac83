/**
 * The invoices feature's public face: what other features and the routes
 * may call (ESLint lets other features import only this file and schema.ts).
 * The rules live by concern beside it:
 *  - records.ts           listing and CSV, reading, creating, changing, the
 *                         status machine, deleting, duplicating;
 *  - payments.ts          payments recorded against an invoice;
 *  - delivery.ts          the PDF and the emails (send, reminder, receipt);
 *  - invoice-settings.ts  numbering preview and reminder days;
 *  - reminders.ts         which reminder is due, and the daily run.
 * The database enforces the same rules in triggers (totals, status machine,
 * immutability, payments), so they hold for every writer; these modules
 * check first to answer with precise messages, and orchestrate what the
 * database cannot do (PDFs, email).
 */
export {
  createInvoice,
  deleteInvoice,
  discountAfter,
  ensureContact,
  headerChanges,
  isUniqueViolation,
  totalsOrThrow,
  duplicateInvoice,
  exportInvoicesCsv,
  getInvoice,
  getInvoiceEvents,
  invoiceStatusTotals,
  listInvoices,
  todayFor,
  updateInvoice,
} from './records';
export { deletePayment, recordPayment } from './payments';
export {
  contactOptions,
  documentParties,
  type EmailResult,
  sendDocumentEmail,
  findInvoice,
  findInvoiceDocument,
  invoicePdf,
  pdfFilename,
  sendInvoice,
  sendReceipt,
} from './delivery';
export { getInvoiceSettings, getInvoiceSettingsView, nextInvoiceNumberPreview, updateInvoiceSettings } from './invoice-settings';
export { type ReminderRun, reminderRunFailure, runReminders } from './reminders';
// the machinery quotes share with invoices (docs/decisions/0110-quotes.md)
export { checkTotals, computeTotals, type Discount, TotalsError, type Totals } from './totals';
export { renderInvoicePdf, type InvoicePdfData } from './pdf';
export { clientDocumentPdf } from './client-pdf';
export { defaultEmailText, type EmailKind } from './email';
