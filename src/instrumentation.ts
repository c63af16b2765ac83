/** Next.js calls this once when a server process starts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // every request carries its socket's address from here on (src/lib/http/peer.ts)
  const { installPeerStamp } = await import('./lib/http/peer');
  installPeerStamp();
  // SIGTERM: drain, close the database, exit 0 (src/lib/shutdown.ts); `next dev` keeps its own
  const { installGracefulStop } = await import('./lib/shutdown');
  if (process.env.NODE_ENV === 'production') installGracefulStop();
  const { boot } = await import('./lib/boot');
  await boot();
  // embedded database: answer `npm run backup`, take the daily backup (docs/decisions/0095-backups.md)
  const { startBackupService } = await import('./lib/backup/service');
  await startBackupService();
  // outbound webhooks: send due deliveries from this process (docs/decisions/0136-webhook-delivery-and-ssrf.md)
  const { startWebhookWorker } = await import('./features/webhooks/service');
  startWebhookWorker();
}
