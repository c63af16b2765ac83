import Link from 'next/link';
import { Button } from './button';

/**
 * Keyset pages of a list page: back to the first page, on to the next one,
 * keeping the filters in `params`. Renders nothing when there is one page.
 */
export function Pager({
  path,
  params,
  nextCursor,
}: {
  path: string;
  /** the page's filters as they are in the URL, cursor included */
  params: Record<string, string>;
  nextCursor: string | null;
}) {
  const first = new URLSearchParams(params);
  first.delete('cursor');
  const onLaterPage = Boolean(params.cursor);
  if (!onLaterPage && !nextCursor) return null;
  const next = new URLSearchParams(first);
  if (nextCursor) next.set('cursor', nextCursor);
  return (
    <nav aria-label="Pages" className="flex items-center justify-between">
      {onLaterPage ? (
        <Button asChild variant="outline" size="sm">
          <Link href={first.size ? `${path}?${first}` : path}>First page</Link>
        </Button>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <Button asChild variant="outline" size="sm">
          <Link href={`${path}?${next}`}>Next page</Link>
        </Button>
      ) : null}
    </nav>
  );
}
