'use client';

import type { CSSProperties } from 'react';
import { Toaster as Sonner } from 'sonner';

/**
 * Where the toasts of `notify` (src/components/ui/notify.ts) appear: bottom
 * right on wide screens, across the bottom on phones, in the app's colours.
 * Rendered once, by the app layout, outside <main>. Alt+T moves the focus to
 * the toasts (to reach an Undo button from the keyboard).
 *
 * Sonner adds its stylesheet at run time; the Content-Security-Policy allows
 * styles from this origin and inline (src/lib/http/security.ts), never inline
 * scripts, and Sonner needs none.
 */
const colours = {
  '--normal-bg': 'var(--card)',
  '--normal-text': 'var(--card-foreground)',
  '--normal-border': 'var(--border)',
  '--success-bg': 'var(--card)',
  '--success-text': 'var(--card-foreground)',
  '--success-border': 'var(--border)',
  '--error-bg': '#fef2f2',
  '--error-text': 'var(--destructive)',
  '--error-border': '#fecaca',
  fontFamily: 'inherit',
} as CSSProperties;

export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      theme="light"
      richColors
      visibleToasts={3}
      offset={16}
      mobileOffset={12}
      containerAriaLabel="Notifications"
      style={colours}
      // Sonner's own stylesheet sets sizes and shadows (unlayered, so it wins over utilities); only the tick is ours
      toastOptions={{ classNames: { success: '[&_[data-icon]]:text-green-700' } }}
    />
  );
}
