'use client';

import dynamic from 'next/dynamic';
import type { MoneyChartProps } from './money-chart';

/**
 * Money in and out per period as bars, the net as a line. The bars are drawn
 * from approximate coordinates; every exact figure is in the tooltip and in
 * the table that accompanies the chart (MoneyTable). To assistive technology
 * the chart is one image with a summary; the table carries the figures.
 *
 * The drawing (recharts: most of the dashboard's own JavaScript) is loaded
 * after the first paint, in the browser only (it measures its container); the
 * figure, its summary and the space it takes are in the page from the start.
 */
const Drawing = dynamic(() => import('./money-chart').then((m) => m.MoneyChartDrawing), {
  ssr: false,
  loading: () => <div aria-hidden className="h-[284px] animate-pulse rounded-md bg-muted/40 motion-reduce:animate-none" />,
});

export function MoneyChart({ summary, ...props }: MoneyChartProps & { summary: string }) {
  return (
    <figure role="img" aria-label={summary} className="m-0">
      <Drawing {...props} />
    </figure>
  );
}
