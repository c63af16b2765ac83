import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

/** The frame of the sign-in and sign-up pages: the brand above a centred card. */
export function AuthShell({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 py-10">
      <div className={cn('flex w-full max-w-sm flex-col items-center gap-6', className)}>
        <Link href="/" className="flex items-center justify-center gap-2 font-semibold tracking-tight">
          <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">L</span>
          Ledgerly
        </Link>
        {children}
      </div>
    </div>
  );
}
