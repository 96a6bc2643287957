-- Pairing programmes: buddy, mentoring, reverse mentoring, onboarding godparent and coffee.
-- A programme holds its settings; rounds hold matches; matches hold their members' answers.
create table programmes (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id) on delete cascade,
  kind text not null check (kind in ('buddy', 'mentoring', 'reverse_mentoring', 'onboarding', 'coffee')),
  -- per language: { "nl": "…", "en": "…" }
  name jsonb not null,
  description jsonb not null default '{}',
  status text not null default 'draft' check (status in ('draft', 'active', 'paused', 'archived')),
  enrolment text not null default 'opt_in' check (enrolment in ('opt_in', 'automatic')),
  -- { teamIds, siteIds, roles, minTenureDays, startedWithinDays }; empty means everyone
  audience jsonb not null default '{}',
  -- fit factor name → weight
  weights jsonb not null default '{}',
  -- meetings of a pairing: every `meeting_interval_weeks` weeks, `meeting_minutes` long
  meeting_interval_weeks smallint not null default 1 check (meeting_interval_weeks between 1 and 12),
  meeting_minutes smallint not null default 30 check (meeting_minutes between 10 and 240),
  -- how long a pairing lasts; null: one meeting (coffee) or until someone ends it
  pairing_weeks smallint check (pairing_weeks between 1 and 104),
  group_size smallint not null default 2 check (group_size between 2 and 4),
  -- rounds that start by themselves: weekday (1 = Monday), local time and every how many weeks;
  -- null: an admin starts each round
  round_weekday smallint check (round_weekday between 1 and 7),
  round_time text check (round_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  round_interval_weeks smallint check (round_interval_weeks between 1 and 12),
  next_round_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  check ((round_weekday is null) = (round_time is null) and (round_time is null) = (round_interval_weeks is null))
);

create index programmes_due on programmes (next_round_at) where status = 'active';

create table programme_participants (
  programme_id uuid not null,
  organisation_id uuid not null,
  person_id uuid not null,
  role text not null default 'participant'
    check (role in ('participant', 'mentor', 'mentee', 'both', 'newcomer', 'godparent')),
  status text not null default 'active' check (status in ('active', 'paused', 'left')),
  paused_until date,
  -- rounds in a row without a "did you meet?" answer; three pause the person
  silent_rounds smallint not null default 0,
  joined_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (programme_id, person_id),
  foreign key (organisation_id, programme_id) references programmes (organisation_id, id) on delete cascade,
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create index programme_participants_person on programme_participants (organisation_id, person_id);

-- "Don't pair me with": private to the person who wrote it, it holds in every programme.
create table pairing_blocks (
  organisation_id uuid not null,
  person_id uuid not null,
  blocked_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (person_id, blocked_id),
  check (person_id <> blocked_id),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, blocked_id) references people (organisation_id, id) on delete cascade
);

create table rounds (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  programme_id uuid not null,
  number integer not null,
  status text not null default 'preview' check (status in ('preview', 'published', 'discarded')),
  -- the scheduled moment this round belongs to; a second instance starting the same round
  -- runs into the unique index below instead of making a twin
  scheduled_for timestamptz,
  -- counts, unmatched people with their reasons, the solver's figures
  summary jsonb not null default '{}',
  created_by uuid,
  created_at timestamptz not null default now(),
  published_at timestamptz,
  published_by uuid,
  unique (organisation_id, id),
  unique (programme_id, number),
  unique (programme_id, scheduled_for),
  foreign key (organisation_id, programme_id) references programmes (organisation_id, id) on delete cascade
);

-- at most one preview per programme at a time
create unique index rounds_one_preview on rounds (programme_id) where status = 'preview';

create table matches (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  programme_id uuid not null,
  round_id uuid not null,
  status text not null default 'proposed'
    check (status in ('proposed', 'active', 'declined', 'ended', 'replaced')),
  score double precision not null default 0,
  -- [{ "key": "matching:reason.…", "params": {…} }]
  reasons jsonb not null default '[]',
  -- changed by hand in the preview
  edited boolean not null default false,
  meeting_id uuid,
  starts_on date,
  ends_on date,
  ended_at timestamptz,
  ended_by uuid,
  end_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, round_id) references rounds (organisation_id, id) on delete cascade,
  foreign key (organisation_id, programme_id) references programmes (organisation_id, id) on delete cascade,
  foreign key (organisation_id, meeting_id) references meetings (organisation_id, id) on delete set null (meeting_id)
);

create index matches_round on matches (organisation_id, round_id);
create index matches_programme on matches (organisation_id, programme_id, status);

create table match_members (
  match_id uuid not null,
  organisation_id uuid not null,
  person_id uuid not null,
  role text not null default 'participant'
    check (role in ('participant', 'mentor', 'mentee', 'newcomer', 'godparent')),
  response text not null default 'pending' check (response in ('pending', 'accepted', 'declined')),
  response_reason text check (length(response_reason) <= 500),
  responded_at timestamptz,
  -- mentoring: what this member wants to learn from the other(s)
  learning_wish text check (length(learning_wish) <= 1000),
  primary key (match_id, person_id),
  foreign key (organisation_id, match_id) references matches (organisation_id, id) on delete cascade,
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create index match_members_person on match_members (organisation_id, person_id);

-- "Ask my buddy": short questions and the answers to them, kept with the pairing.
create table match_messages (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  match_id uuid not null,
  author_id uuid not null,
  reply_to uuid,
  body text not null check (length(body) between 1 and 2000),
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, match_id) references matches (organisation_id, id) on delete cascade,
  foreign key (organisation_id, author_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, reply_to) references match_messages (organisation_id, id) on delete cascade
);

create index match_messages_match on match_messages (organisation_id, match_id, created_at);

-- Mentoring: sessions held and what was learned.
create table match_log_entries (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  match_id uuid not null,
  author_id uuid not null,
  held_on date not null,
  learned text not null check (length(learned) between 1 and 2000),
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, match_id) references matches (organisation_id, id) on delete cascade,
  foreign key (organisation_id, author_id) references people (organisation_id, id) on delete cascade
);

-- Onboarding: the godparent's checklist, by item key (texts live in the translations).
create table match_checklist (
  match_id uuid not null,
  organisation_id uuid not null,
  item text not null check (length(item) between 1 and 100),
  done_at timestamptz,
  done_by uuid,
  primary key (match_id, item),
  foreign key (organisation_id, match_id) references matches (organisation_id, id) on delete cascade
);

-- "Did you meet?" after each meeting: one answer per member per meeting date.
create table match_feedback (
  match_id uuid not null,
  organisation_id uuid not null,
  person_id uuid not null,
  meeting_on date not null,
  answer text not null check (answer in ('yes', 'not_yet', 'no')),
  rating smallint check (rating between 1 and 5),
  created_at timestamptz not null default now(),
  primary key (match_id, person_id, meeting_on),
  foreign key (organisation_id, match_id) references matches (organisation_id, id) on delete cascade,
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);
