-- "Did you meet?" silence is counted once per finished round: the job that counts it runs
-- after every round and may run twice, so the round remembers that its silence was counted.
alter table rounds add column silence_counted_at timestamptz;
