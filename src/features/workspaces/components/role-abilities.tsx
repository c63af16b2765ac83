import { Check, X } from 'lucide-react';
import { roleAtLeast } from '@/lib/auth/roles';
import { PERMISSIONS, type Role, ROLE_LABELS } from '../schema';

/** "As a viewer you can … / you cannot …": the reader's own row of the permission table, readable on a phone. */
export function RoleAbilities({ role }: { role: Role }) {
  const can = PERMISSIONS.filter((p) => roleAtLeast(role, p.least));
  const cannot = PERMISSIONS.filter((p) => !roleAtLeast(role, p.least));
  const article = role === 'admin' || role === 'owner' ? 'an' : 'a';
  return (
    <div className="grid gap-3 text-sm sm:grid-cols-2" data-testid="role-abilities">
      <div className="grid content-start gap-1.5">
        <p className="font-medium">
          As {article} {ROLE_LABELS[role].toLowerCase()} you can
        </p>
        <ul className="grid gap-1">
          {can.map((p) => (
            <li key={p.action} className="flex items-start gap-2">
              <Check className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
              {p.action}
            </li>
          ))}
        </ul>
      </div>
      {cannot.length > 0 ? (
        <div className="grid content-start gap-1.5">
          <p className="font-medium">You cannot</p>
          <ul className="grid gap-1 text-muted-foreground">
            {cannot.map((p) => (
              <li key={p.action} className="flex items-start gap-2">
                <X className="mt-0.5 size-4 shrink-0" aria-hidden />
                {p.action}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
