import { toProfile } from '@/features/users/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ name: 'auth.user' }, async ({ user }) => ({ data: toProfile(user) })),
});
