-- Time-ordered UUIDs (the UUIDv7 layout: 48 bits of Unix milliseconds, version 7, then random),
-- for tables a bulk invite writes 100k rows into at once. With random ids every row lands on a
-- different leaf of a large primary key (and of the indexes keyed by the same id); with ids that
-- grow with time, a batch's entries fill the rightmost leaves, which stay in memory. PostgreSQL 18
-- has uuidv7(); until then, this. The 74 random bits keep ids unguessable enough for an id (they
-- are never secrets: links carry separate tokens).
CREATE OR REPLACE FUNCTION time_ordered_uuid() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
        placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
        from 1 for 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;
--> statement-breakpoint
-- A bulk invite sets every reached contact's invite_status: with room left on each page and no
-- index on the column (0010), that update is HOT and writes no index entries. Applies to pages
-- written from now on; existing tables get it as their rows move (or a VACUUM FULL at a quiet hour).
ALTER TABLE contacts SET (fillfactor = 70);
