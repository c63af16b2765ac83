import { timeSettingsSchema } from '@/features/time/schema';
import { getTimeSettings, updateTimeSettings } from '@/features/time/service';
import { methods, route } from '@/lib/http';

/** The workspace's time settings: default hourly rate and billing rounding (admins change them). */
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'time_entries.settings', summary: 'The time tracking settings: default hourly rate and rounding.' },
    async ({ tx, workspace }) => ({ data: await getTimeSettings(tx, workspace) }),
  ),
  PUT: route(
    { name: 'time_entries.settings_update', summary: 'Update the time tracking settings.', body: timeSettingsSchema, role: 'admin' },
    async ({ tx, workspace, body, audit }) => {
      const settings = await updateTimeSettings(tx, workspace, body);
      audit('time_entries.settings_updated', { fields: Object.keys(body) });
      return { data: settings };
    },
  ),
});
