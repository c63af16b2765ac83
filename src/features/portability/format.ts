/** The export file's name and version, and the import's size limit (shared by the server and the browser). */

export const EXPORT_FORMAT = 'ledgerly-export';
export const EXPORT_VERSION = 1;

/** The largest data.json POST /api/import takes (the PDFs and CSVs of the ZIP are not sent). */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
