-- A preview's matches are stored with their round so an admin can swap and remove them, but
-- nobody else may see or answer them yet: they carry status 'preview' until the round is
-- published, when they become 'proposed'. Anything listing a person's matches by status
-- ('proposed', 'active', …) so never shows a preview.
alter table matches drop constraint matches_status_check;
alter table matches add constraint matches_status_check
  check (status in ('preview', 'proposed', 'active', 'declined', 'ended', 'replaced'));
