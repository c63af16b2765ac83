/** The export file's name and version, and the import's size limit (shared by the server and the browser). */

export const EXPORT_FORMAT = 'ledgerly-export';
/** The version the export writes: 2 = a workspace (its people, members, each row's workspace and creator). */
export const EXPORT_VERSION = 2;
/** The oldest version the import still reads: 1 = one person's account (rows owned by `user_id`). */
export const OLDEST_EXPORT_VERSION = 1;

/** The largest data.json POST /api/import takes (the PDFs and CSVs of the ZIP are not sent). */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
