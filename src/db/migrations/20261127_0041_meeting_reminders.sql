-- The day-before reminders already sent, one row per meeting occurrence (a series has many).
-- The reminder job inserts here before queueing mail, so running it twice, or on two server
-- instances at once, reminds nobody twice; a meeting moved to another time is a new occurrence
-- and gets its own reminder.
create table meeting_reminders (
  organisation_id uuid not null,
  meeting_id uuid not null,
  occurrence_starts_at timestamptz not null,
  sent_at timestamptz not null,
  primary key (meeting_id, occurrence_starts_at),
  foreign key (organisation_id, meeting_id) references meetings (organisation_id, id) on delete cascade
);
