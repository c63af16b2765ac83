'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import * as React from 'react';
import { NEW_PARAM } from './command-palette-results';

/**
 * Opens a create dialog when the URL asks for it: `?new=<key>` (the command
 * palette's "New contact" goes to `/contacts?new=contact`). The parameter is
 * then dropped from the URL, so a reload or the back button does not open
 * the dialog again. Give `key` to one dialog per page only; without a key the
 * hook does nothing.
 */
export function useOpenFromUrl(key: string | undefined, open: () => void): void {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requested = key !== undefined && params.get(NEW_PARAM) === key;
  const [handled, setHandled] = React.useState(false);
  // opened while rendering (React's pattern for state that follows a prop), so the dialog shows at once
  if (requested && !handled) {
    setHandled(true);
    open();
  } else if (!requested && handled) {
    setHandled(false);
  }
  React.useEffect(() => {
    if (!requested) return;
    const rest = new URLSearchParams(params.toString());
    rest.delete(NEW_PARAM);
    const query = rest.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [requested, params, pathname, router]);
}
