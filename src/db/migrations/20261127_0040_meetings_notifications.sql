-- Meetings Samen sets up (pairing talks, manager check-ins), one row per meeting or recurring
-- series. The iCalendar UID is fixed at creation and SEQUENCE grows with every change, so the
-- invitations people already have in their calendars are updated, never duplicated.
create table meetings (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id) on delete cascade,
  kind text not null check (kind in ('pairing', 'checkin')),
  title text not null check (length(title) between 1 and 300),
  -- null while the people have not settled on a slot yet (proposed_slots holds the choices)
  starts_at timestamptz,
  duration_minutes smallint not null default 30 check (duration_minutes between 5 and 480),
  -- The zone the series is anchored in: a weekly 09:00 stays 09:00 there across DST changes.
  time_zone text not null,
  -- RFC 5545 recurrence rule without the "RRULE:" prefix, e.g. FREQ=WEEKLY;INTERVAL=2
  rrule text,
  mode text not null default 'online' check (mode in ('in_person', 'online')),
  site_id uuid,
  video_url text,
  -- [{ "startsAt": iso, "mode": "in_person"|"online", "siteId": uuid|null }]
  proposed_slots jsonb not null default '[]',
  status text not null default 'proposed' check (status in ('proposed', 'scheduled', 'cancelled')),
  sequence integer not null default 0,
  uid text not null unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  check (status <> 'scheduled' or starts_at is not null),
  check (mode = 'in_person' or site_id is null),
  foreign key (organisation_id, site_id) references sites (organisation_id, id) on delete set null (site_id)
);

create index meetings_starts on meetings (organisation_id, starts_at);

create table meeting_attendees (
  meeting_id uuid not null,
  organisation_id uuid not null,
  person_id uuid not null,
  primary key (meeting_id, person_id),
  foreign key (organisation_id, meeting_id) references meetings (organisation_id, id) on delete cascade,
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create index meeting_attendees_person on meeting_attendees (organisation_id, person_id);

-- A private calendar-feed address per person; only the SHA-256 of its token is kept, and a
-- revoked feed stops answering at once.
create table calendar_feeds (
  token_hash text primary key,
  organisation_id uuid not null,
  person_id uuid not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create unique index calendar_feeds_active on calendar_feeds (person_id) where revoked_at is null;

-- In-app notifications. The text is rendered at read time from the translation key
-- `notifications:<kind>` with params, so it follows the reader's current language.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  person_id uuid not null,
  kind text not null check (length(kind) between 1 and 100),
  params jsonb not null default '{}',
  -- an app path the notification leads to, e.g. /matches/…
  link text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (organisation_id, id),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create index notifications_person on notifications (organisation_id, person_id, created_at desc);
