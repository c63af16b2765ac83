import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientDocument } from '@/features/links/components/client-document';
import { clientView } from '@/features/links/service';

export const metadata: Metadata = { title: 'Document', referrer: 'no-referrer', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

/**
 * A client link (docs/decisions/0111-client-links.md): the document as its
 * client sees it, without an account. Each view is counted on the document;
 * an unknown, revoked or expired link is the plain 404 page.
 */
export default async function ClientLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await clientView(token, { view: true });
  if (!view) notFound();
  return <ClientDocument view={view} token={token} />;
}
