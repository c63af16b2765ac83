import { quoteSettingsSchema } from '@/features/quotes/schema';
import { changeQuoteSettings, getQuoteSettings } from '@/features/quotes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'quotes.settings.get', summary: 'The quote settings: numbering and validity.' }, async ({ tx, workspace }) => ({
    data: await getQuoteSettings(tx, workspace),
  })),
  PUT: route(
    { name: 'quotes.settings.update', summary: 'Update the quote settings.', role: 'admin', body: quoteSettingsSchema },
    async ({ tx, workspace, body }) => ({
      data: await changeQuoteSettings(tx, workspace, body),
    }),
  ),
});
