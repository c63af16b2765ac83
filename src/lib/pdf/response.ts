/** A PDF download: inline in the browser's viewer, with a proper file name. */
export function pdfResponse(pdf: Buffer, filename: string, disposition: 'inline' | 'attachment' = 'inline'): Response {
  const safe = filename.replace(/[^\w.-]+/g, '_');
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `${disposition}; filename="${safe}"`,
    },
  });
}
