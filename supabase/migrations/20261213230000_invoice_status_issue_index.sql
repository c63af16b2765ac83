-- The invoice list's status tabs in the list's own order (docs/decisions/0230).
--
-- `GET /api/invoices?status=paid` (any stored status, newest first: the default order,
-- issue_date desc, id desc) read the workspace's invoices through invoices_user_issue_idx and
-- dropped those of other statuses: at the bench's mix, 127 rows and their heap pages for a page
-- of 51 paid ones, more the rarer the status. This index holds each status's invoices in that
-- order, so a page reads its own rows and stops. Sent and overdue pages by due date keep
-- invoices_user_sent_due_idx, other orders their own indexes; a status alone is counted from
-- public.invoice_summaries (the app), no longer from these rows.
create index if not exists invoices_workspace_status_issue_idx on public.invoices (workspace_id, status, issue_date desc, id desc);
