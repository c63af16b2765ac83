'use client';

import dynamic from 'next/dynamic';

/**
 * Clerk's sign-in, sign-up and account menu behind lazy imports: pages render
 * them only in Clerk mode, and only then does the browser load Clerk's code.
 */
export const ClerkSignIn = dynamic(() => import('./clerk-components').then((m) => m.ClerkSignIn));
export const ClerkSignUp = dynamic(() => import('./clerk-components').then((m) => m.ClerkSignUp));
export const ClerkUserButton = dynamic(() => import('./clerk-components').then((m) => m.ClerkUserButton));
