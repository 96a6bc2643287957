-- The sample people of a demo organisation, one per role, that visitors sign in as with one
-- click. Recorded when the demo is created, so the same three people are offered every time.
create table demo_accounts (
  organisation_id uuid not null references organisations (id) on delete cascade,
  role text not null check (role in ('employee', 'manager', 'admin')),
  person_id uuid not null,
  primary key (organisation_id, role),
  foreign key (organisation_id, person_id) references people (organisation_id, id) on delete cascade
);

-- Setting a password revokes the person's other open links.
create index auth_tokens_person on auth_tokens (organisation_id, person_id);
