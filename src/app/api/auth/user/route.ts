import { USER_READ_ONLY, userSettingsSchema } from '@/features/users/schema';
import { toProfile, updateSettings } from '@/features/users/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'auth.user' }, async ({ workspace }) => ({ data: toProfile(workspace) })),
  PUT: route(
    { name: 'auth.user.update', role: 'viewer', body: userSettingsSchema, readOnly: USER_READ_ONLY },
    async ({ tx, workspace, body, audit }) => {
      const data = await updateSettings(tx, workspace, body);
      audit('user.settings_updated', { fields: Object.keys(body) });
      return { data };
    },
  ),
});
