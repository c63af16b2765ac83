import { invoiceSettingsSchema } from '@/features/invoices/schema';
import { getInvoiceSettingsView, updateInvoiceSettings } from '@/features/invoices/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'invoices.settings.get' }, async ({ tx, user }) => ({ data: await getInvoiceSettingsView(tx, user) })),
  PUT: route({ name: 'invoices.settings.update', body: invoiceSettingsSchema }, async ({ tx, user, body, audit }) => {
    const settings = await updateInvoiceSettings(tx, user, body);
    audit('invoice.settings_updated', { reminder_days: settings.reminder_days });
    return { data: settings };
  }),
});
