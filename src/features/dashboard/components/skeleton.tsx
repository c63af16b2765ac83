import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

/**
 * What a dashboard section shows while its figures are on their way (the page
 * streams: each section appears when its own query answers). Announced once as
 * busy to assistive technology; the shapes keep the layout from jumping.
 */

export function Shimmer({ className = '' }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-md bg-muted motion-reduce:animate-none ${className}`} />;
}

export function CardSkeleton({
  title,
  description,
  lines = 3,
  className = '',
}: {
  title: string;
  description?: string;
  lines?: number;
  className?: string;
}) {
  return (
    <Card className={`min-w-0 ${className}`} aria-busy="true">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="space-y-3">
        <span className="sr-only">Loading {title.toLowerCase()}…</span>
        {Array.from({ length: lines }, (_, i) => (
          <Shimmer key={i} className={i === 0 ? 'h-6 w-2/3' : 'h-4 w-full'} />
        ))}
      </CardContent>
    </Card>
  );
}

/** The three figures of the period (money in, out, net) while they load. */
export function FlowSkeleton() {
  return (
    <div aria-busy="true">
      <span className="sr-only">Loading the period’s figures…</span>
      <Shimmer className="mb-2 h-4 w-64" />
      <div className="grid gap-4 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <Shimmer key={i} className="h-24" />
        ))}
      </div>
    </div>
  );
}
