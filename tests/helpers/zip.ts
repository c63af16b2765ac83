import yauzl from 'yauzl';

/** Every file of a ZIP, by name, in the archive's order (yauzl checks sizes and CRCs as it reads). */
export function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** GET a ZIP with a client's token (and any other headers, such as X-Workspace-Id): status, headers and its files. */
export async function downloadZip(baseUrl: string, token: string, path = '/api/export', headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { ...headers, authorization: `Bearer ${token}` } });
  const body = Buffer.from(await response.arrayBuffer());
  const files = response.status === 200 ? await unzip(body) : new Map<string, Buffer>();
  return { status: response.status, headers: response.headers, body, files };
}
