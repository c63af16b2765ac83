-- The dashboard's contact counts by status (GET /api/dashboard/stats, the /dashboard page)
-- read every contact of the workspace. Through this narrow index they are an index-only
-- scan: B-tree deduplication keeps one entry per (workspace, status) run, so 100 000
-- contacts are about 90 pages instead of the table's 2 700 (docs/decisions/0161).
create index contacts_workspace_status_idx on public.contacts (workspace_id, status);
