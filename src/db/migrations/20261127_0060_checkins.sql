-- Manager check-ins: a rhythm per person, the talks themselves with their shared agenda, notes
-- and actions, a short pulse at the end, "raise a hand" help signals, and the history of changes
-- to learning goals. A check-in belongs to the manager who holds it (manager_id): reassigning a
-- person moves their future check-ins, never who wrote what.

-- Organisation-wide defaults; a missing row means the defaults below.
create table checkin_settings (
  organisation_id uuid primary key references organisations (id) on delete cascade,
  -- weeks between check-ins for support need 1 … 5
  weeks_by_support_need smallint[] not null default '{6,4,3,2,1}'
    check (array_length(weeks_by_support_need, 1) = 5 and 1 <= all (weeks_by_support_need)
           and 26 >= all (weeks_by_support_need)),
  new_joiner_days smallint not null default 90 check (new_joiner_days between 0 and 365),
  new_joiner_weeks smallint not null default 1 check (new_joiner_weeks between 1 and 26),
  -- managers may read (never change, never private notes) check-ins of people further down
  skip_level_read boolean not null default false,
  updated_at timestamptz not null default now()
);

-- A manager's own rhythm for one person, with the reason both of them see.
create table checkin_rhythms (
  person_id uuid primary key,
  organisation_id uuid not null,
  weeks smallint not null check (weeks between 1 and 26),
  reason text not null check (length(reason) between 1 and 500),
  set_by uuid,
  set_at timestamptz not null default now(),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, set_by) references people (organisation_id, id) on delete set null (set_by)
);

create table checkins (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  person_id uuid not null,
  manager_id uuid not null,
  scheduled_on date not null,
  -- the day the rhythm asked for when the check-in was planned; on time = held by then
  due_on date not null,
  status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
  held_on date,
  -- the calendar meeting, once scheduling sets one up
  meeting_id uuid,
  pulse_support smallint check (pulse_support between 1 and 5),
  pulse_rhythm text check (pulse_rhythm in ('more', 'same', 'less')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  check ((status = 'held') = (held_on is not null)),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, manager_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, meeting_id) references meetings (organisation_id, id) on delete set null (meeting_id)
);

create index checkins_person on checkins (organisation_id, person_id, scheduled_on desc);
create index checkins_manager on checkins (organisation_id, manager_id, scheduled_on desc);
-- at most one planned check-in per person at a time
create unique index checkins_one_planned on checkins (person_id) where status = 'planned';

create table checkin_agenda_items (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  checkin_id uuid not null,
  author_id uuid not null,
  body text not null check (length(body) between 1 and 1000),
  -- "I want to talk about my learning need X": a skill the person wants
  skill_id uuid,
  discussed boolean not null default false,
  -- the point of an earlier check-in this one carries over
  carried_from uuid,
  created_at timestamptz not null default now(),
  -- insertion order among points added in the same instant
  seq bigint generated always as identity,
  unique (organisation_id, id),
  foreign key (organisation_id, checkin_id) references checkins (organisation_id, id) on delete cascade,
  foreign key (organisation_id, author_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, skill_id) references skills (organisation_id, id) on delete set null (skill_id)
);

create index checkin_agenda_checkin on checkin_agenda_items (organisation_id, checkin_id, created_at);

-- Shared notes both sides read; private ones only their author ever reads.
create table checkin_notes (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  checkin_id uuid not null,
  author_id uuid not null,
  visibility text not null check (visibility in ('shared', 'private')),
  body text not null check (length(body) between 1 and 5000),
  created_at timestamptz not null default now(),
  seq bigint generated always as identity,
  unique (organisation_id, id),
  foreign key (organisation_id, checkin_id) references checkins (organisation_id, id) on delete cascade,
  foreign key (organisation_id, author_id) references people (organisation_id, id) on delete cascade
);

create index checkin_notes_checkin on checkin_notes (organisation_id, checkin_id, created_at);

-- Actions belong to the person's check-ins as a whole: an open one shows at every later
-- check-in until it is done.
create table checkin_actions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  person_id uuid not null,
  checkin_id uuid not null,
  owner_id uuid not null,
  title text not null check (length(title) between 1 and 300),
  due_on date,
  done_on date,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, checkin_id) references checkins (organisation_id, id) on delete cascade,
  foreign key (organisation_id, owner_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, created_by) references people (organisation_id, id) on delete cascade
);

create index checkin_actions_person on checkin_actions (organisation_id, person_id, done_on);
create index checkin_actions_owner on checkin_actions (organisation_id, owner_id, done_on);

-- "Please meet more / less often": from the button or from the pulse, for the manager to decide.
create table rhythm_requests (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  person_id uuid not null,
  direction text not null check (direction in ('more', 'less')),
  current_weeks smallint not null,
  proposed_weeks smallint,
  source text not null check (source in ('request', 'pulse')),
  status text not null default 'open' check (status in ('open', 'accepted', 'declined')),
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  unique (organisation_id, id),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create unique index rhythm_requests_one_open on rhythm_requests (person_id) where status = 'open';

-- "Raise a hand": I need help with …
create table help_signals (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  person_id uuid not null,
  -- the manager at the moment the hand went up: who was asked
  manager_id uuid,
  body text not null check (length(body) between 1 and 1000),
  skill_id uuid,
  urgency text not null default 'normal' check (urgency in ('low', 'normal', 'high')),
  status text not null default 'open' check (status in ('open', 'acknowledged', 'resolved')),
  response text check (length(response) <= 2000),
  responded_by uuid,
  responded_at timestamptz,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, manager_id) references people (organisation_id, id) on delete set null (manager_id),
  foreign key (organisation_id, responded_by) references people (organisation_id, id) on delete set null (responded_by),
  foreign key (organisation_id, skill_id) references skills (organisation_id, id) on delete set null (skill_id)
);

create index help_signals_person on help_signals (organisation_id, person_id, created_at desc);

-- Every change to a learning goal, by whom: the person and their manager both edit goals.
create table learning_goal_events (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  goal_id uuid not null,
  author_id uuid,
  -- the fields changed, with their new values
  changes jsonb not null,
  created_at timestamptz not null default now(),
  seq bigint generated always as identity,
  foreign key (organisation_id, goal_id) references learning_goals (organisation_id, id) on delete cascade,
  foreign key (organisation_id, author_id) references people (organisation_id, id) on delete set null (author_id)
);

create index learning_goal_events_goal on learning_goal_events (organisation_id, goal_id, created_at);
