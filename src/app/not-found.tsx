import Link from 'next/link';
import { Button } from '@/components/ui/button';

export default function NotFound() {
  return (
    <div className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">Nothing here</h1>
      <p className="text-muted-foreground">This page does not exist, or it belongs to another account.</p>
      <Button asChild>
        <Link href="/">Go to the start page</Link>
      </Button>
    </div>
  );
}
