import { Check, Minus } from 'lucide-react';
import { cn } from '@/lib/utils';
import { roleAtLeast } from '@/lib/auth/roles';
import { PERMISSIONS, type Role, ROLE_LABELS } from '../schema';

const COLUMNS: Role[] = ['viewer', 'member', 'admin', 'owner'];

/** What each role may do (PERMISSIONS, the ADR's table), with the reader's own role marked. */
export function PermissionsTable({ current }: { current: Role }) {
  return (
    // relative: the visually hidden "Yes"/"No" are placed inside the scrolling box, not past the phone's edge
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="sr-only">What each role may do; your role is {ROLE_LABELS[current]}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-2 pr-3 font-medium text-muted-foreground">
              Action
            </th>
            {COLUMNS.map((role) => (
              <th
                key={role}
                scope="col"
                className={cn(
                  'w-20 px-2 py-2 text-center font-medium',
                  role === current ? 'bg-accent text-accent-foreground' : 'text-muted-foreground',
                )}
              >
                {ROLE_LABELS[role]}
                {role === current ? <span className="block text-[11px] font-normal">you</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PERMISSIONS.map((permission) => (
            <tr key={permission.action} className="border-b last:border-0">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {permission.action}
              </th>
              {COLUMNS.map((role) => {
                const allowed = roleAtLeast(role, permission.least);
                return (
                  <td key={role} className={cn('px-2 py-2 text-center', role === current && 'bg-accent/60')}>
                    {allowed ? (
                      <Check className="mx-auto size-4 text-success" aria-hidden />
                    ) : (
                      <Minus className="mx-auto size-4 text-slate-300" aria-hidden />
                    )}
                    <span className="sr-only">{allowed ? 'Yes' : 'No'}</span>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              Leave the workspace
            </th>
            {COLUMNS.map((role) => (
              <td key={role} className={cn('px-2 py-2 text-center', role === current && 'bg-accent/60')}>
                {role === 'owner' ? (
                  <span className="text-xs text-muted-foreground">after handing over</span>
                ) : (
                  <>
                    <Check className="mx-auto size-4 text-success" aria-hidden />
                    <span className="sr-only">Yes</span>
                  </>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
