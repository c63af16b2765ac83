'use client';

import dynamic from 'next/dynamic';

/**
 * Clerk's frontend code sits behind a lazy import: a page that does not render
 * this boundary (every page in local mode) neither loads nor runs any of it.
 */
export const ClerkBoundary = dynamic(() => import('./clerk-provider'));
