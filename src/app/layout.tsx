import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AuthProvider } from '@/lib/auth/provider';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Ledgerly', template: '%s · Ledgerly' },
  description: 'Contacts, tasks, invoices and money for small businesses and freelancers.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1e3a8a' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AuthProvider>{children}</AuthProvider>
      </body>
    </html>
  );
}
