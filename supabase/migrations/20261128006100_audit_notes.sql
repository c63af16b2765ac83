-- The audit trail also covers notes (their table was created before the
-- audit trail existed). Invoice history, numbering counters and reminder
-- bookkeeping are records of their own and are not audited twice.
select app.enable_audit('public.contact_notes');
