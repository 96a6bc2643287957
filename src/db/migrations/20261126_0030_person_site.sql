-- The office a person belongs to ("Gent", "Liège"): HR exports carry it, the directory filters
-- on it, and it is where their office days take place unless a day says otherwise.
alter table people add column site_id uuid;

alter table people
  add constraint people_site foreign key (organisation_id, site_id)
  references sites (organisation_id, id) on delete set null (site_id);

create index people_site on people (organisation_id, site_id);
