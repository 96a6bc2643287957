-- `GET /api/v1/me/calendar` answers with the person's feed address, every time, as the big
-- calendar services show their "secret address": so the token itself is kept, next to the hash
-- the feed is looked up by. It opens one person's meeting list, read only, and rotating it or
-- turning it off stops it at once. Feeds made before this keep working but show no address.
alter table calendar_feeds add column token text;
