'use client';

import { ClerkProvider } from '@clerk/nextjs';
import type { ComponentProps } from 'react';

/** Clerk's provider (its App Router client half), loaded lazily by `ClerkBoundary`. */
export default function ClerkClientProvider(props: ComponentProps<typeof ClerkProvider>) {
  return <ClerkProvider {...props} />;
}
