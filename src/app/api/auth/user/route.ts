import { USER_READ_ONLY, userSettingsSchema } from '@/features/users/schema';
import { toProfile, updateSettings } from '@/features/users/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'auth.user', summary: 'The signed-in user, their preferences and workspaces.' }, async ({ workspace }) => ({
    data: toProfile(workspace),
  })),
  PUT: route(
    {
      name: 'auth.user.update',
      summary: "Update the signed-in user's preferences.",
      role: 'viewer',
      body: userSettingsSchema,
      readOnly: USER_READ_ONLY,
    },
    async ({ tx, workspace, body, audit }) => {
      const data = await updateSettings(tx, workspace, body);
      audit('user.settings_updated', { fields: Object.keys(body) });
      return { data };
    },
  ),
});
