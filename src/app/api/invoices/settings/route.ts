import { invoiceSettingsSchema } from '@/features/invoices/schema';
import { getInvoiceSettingsView, updateInvoiceSettings } from '@/features/invoices/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'invoices.settings.get', summary: 'The invoice settings: business details, numbering, payment terms.' },
    async ({ tx, workspace }) => ({ data: await getInvoiceSettingsView(tx, workspace) }),
  ),
  PUT: route(
    { name: 'invoices.settings.update', summary: 'Update the invoice settings.', role: 'admin', body: invoiceSettingsSchema },
    async ({ tx, workspace, body, audit }) => {
      const settings = await updateInvoiceSettings(tx, workspace, body);
      audit('invoice.settings_updated', { reminder_days: settings.reminder_days });
      return { data: settings };
    },
  ),
});
