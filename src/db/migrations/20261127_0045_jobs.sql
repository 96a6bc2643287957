-- Durable background work: matching rounds, reminders, digests and mail delivery. One table for
-- the embedded database and PostgreSQL alike, so a job is enqueued in the same transaction as the
-- change that causes it. Jobs belong to the installation, not to one organisation: the runner
-- takes them across organisations, and a job's payload names the organisation it concerns.
create table jobs (
  id uuid primary key default gen_random_uuid(),
  type text not null,
  payload jsonb not null default '{}',
  -- Enqueueing the same key again is a no-op (a periodic run per due moment, a mail per outbox row).
  unique_key text unique,
  status text not null default 'queued' check (status in ('queued', 'done', 'dead')),
  run_at timestamptz not null default now(),
  attempts integer not null default 0,
  max_attempts integer not null default 5 check (max_attempts > 0),
  -- The lease: the instance that claimed the job holds it until then; afterwards another may.
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);

create index jobs_due on jobs (run_at) where status = 'queued';
