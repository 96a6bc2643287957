-- Organisations, people, teams, skills and learning profiles. Every row below organisations
-- carries organisation_id, and every repository query filters on it.

create extension if not exists pg_trgm;

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  is_demo boolean not null default false,
  default_locale text not null default 'en' check (default_locale in ('nl', 'en')),
  default_time_zone text not null default 'Europe/Brussels',
  video_link_template text,
  created_at timestamptz not null default now()
);

create table sites (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  city text,
  time_zone text not null default 'Europe/Brussels',
  created_at timestamptz not null default now(),
  unique (organisation_id, id)
);
create unique index sites_name on sites (organisation_id, lower(name));

create table teams (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  parent_id uuid,
  manager_id uuid,
  department text,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, parent_id) references teams (organisation_id, id) on delete set null (parent_id)
);
create unique index teams_name on teams (organisation_id, lower(name));
create index teams_parent on teams (organisation_id, parent_id);

create table people (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id) on delete cascade,
  email text not null check (email = lower(email) and length(email) between 3 and 320),
  external_id text,
  name text not null check (length(name) between 1 and 200),
  role text not null default 'employee' check (role in ('employee', 'manager', 'admin')),
  job_title text,
  team_id uuid,
  manager_id uuid,
  start_date date,
  seniority text check (seniority in ('junior', 'medior', 'senior', 'lead')),
  languages text[] not null default '{}',
  time_zone text not null default 'Europe/Brussels',
  locale text not null default 'en' check (locale in ('nl', 'en')),
  status text not null default 'active' check (status in ('active', 'inactive')),
  password_hash text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, email),
  unique (organisation_id, external_id),
  check (manager_id is null or manager_id <> id),
  foreign key (organisation_id, team_id) references teams (organisation_id, id) on delete set null (team_id),
  foreign key (organisation_id, manager_id) references people (organisation_id, id) on delete set null (manager_id)
);
create index people_team on people (organisation_id, team_id);
create index people_manager on people (organisation_id, manager_id);
create index people_email on people (email);
create index people_search on people using gin ((lower(name || ' ' || email || ' ' || coalesce(job_title, ''))) gin_trgm_ops);

alter table teams
  add constraint teams_manager foreign key (organisation_id, manager_id)
  references people (organisation_id, id) on delete set null (manager_id);

-- One row per weekday (1 = Monday … 7 = Sunday); a missing day is a day off.
create table work_days (
  person_id uuid not null,
  organisation_id uuid not null,
  weekday smallint not null check (weekday between 1 and 7),
  mode text not null check (mode in ('office', 'home', 'off')),
  site_id uuid,
  -- Working hours in minutes after local midnight, in the person's time zone.
  start_minute smallint not null default 540 check (start_minute between 0 and 1439),
  end_minute smallint not null default 1020 check (end_minute between 1 and 1440),
  primary key (person_id, weekday),
  check (end_minute > start_minute),
  check (mode = 'office' or site_id is null),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, site_id) references sites (organisation_id, id) on delete set null (site_id)
);
create index work_days_site on work_days (organisation_id, site_id, weekday);

create table skills (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 100),
  category text not null default 'other'
    check (category in ('company_knowledge', 'strategy', 'digital_tools', 'professional', 'interpersonal', 'language', 'other')),
  synonyms text[] not null default '{}',
  description text,
  created_at timestamptz not null default now(),
  unique (organisation_id, id)
);
create unique index skills_name on skills (organisation_id, lower(name));

create table person_skills (
  person_id uuid not null,
  skill_id uuid not null,
  organisation_id uuid not null,
  kind text not null check (kind in ('offered', 'wanted')),
  -- offered: how well (1 = basics … 5 = expert); wanted: how much it matters (1 = some day … 3 = now)
  level smallint check (level between 1 and 5),
  priority smallint check (priority between 1 and 3),
  primary key (person_id, skill_id, kind),
  check ((kind = 'offered' and level is not null) or (kind = 'wanted' and priority is not null)),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, skill_id) references skills (organisation_id, id) on delete cascade
);
create index person_skills_skill on person_skills (organisation_id, skill_id, kind);

create table learning_profiles (
  person_id uuid primary key,
  organisation_id uuid not null,
  -- 1 = "I work autonomously" … 5 = "I want close support"
  support_need smallint not null default 3 check (support_need between 1 and 5),
  learning_ways text[] not null default '{}',
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create table learning_goals (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  person_id uuid not null,
  title text not null check (length(title) between 1 and 200),
  why text,
  skill_id uuid,
  target_date date,
  status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'dropped')),
  progress smallint not null default 0 check (progress between 0 and 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade,
  foreign key (organisation_id, skill_id) references skills (organisation_id, id) on delete set null (skill_id)
);
create index learning_goals_person on learning_goals (organisation_id, person_id);

-- Sign-in. Tokens are stored only as SHA-256 hashes: a leaked table signs nobody in.
create table sessions (
  id text primary key,
  organisation_id uuid not null,
  person_id uuid not null,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);
create index sessions_person on sessions (person_id);

create table auth_tokens (
  id text primary key,
  organisation_id uuid not null,
  person_id uuid not null,
  purpose text not null check (purpose in ('password_reset', 'invitation')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

create table login_attempts (
  id bigint generated always as identity primary key,
  email text not null,
  succeeded boolean not null,
  at timestamptz not null default now()
);
create index login_attempts_email on login_attempts (email, at);

-- Mail leaves through SMTP when configured; every mail is also kept here, which is the
-- development outbox an admin can read when no SMTP server is set up.
create table mail_outbox (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid references organisations (id) on delete cascade,
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  attachments jsonb not null default '[]',
  status text not null default 'pending' check (status in ('pending', 'sent', 'kept', 'failed')),
  error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index mail_outbox_org on mail_outbox (organisation_id, created_at desc);
