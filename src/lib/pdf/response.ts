/** A PDF download: inline in the browser's viewer, with a proper file name. */
export function pdfResponse(pdf: Buffer, filename: string, disposition: 'inline' | 'attachment' = 'inline'): Response {
  const safe = filename.replace(/[^\w.-]+/g, '_');
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `${disposition}; filename="${safe}"`,
      // The pages' policy (object-src 'none', …) would stop the browser's PDF
      // viewer; a PDF runs no script of ours: only framing is restricted.
      'Content-Security-Policy': "frame-ancestors 'self'",
    },
  });
}
