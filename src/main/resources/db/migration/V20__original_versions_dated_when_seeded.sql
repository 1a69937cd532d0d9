-- Only seeded content ever gets an "Original version" (everything an admin publishes has a revision
-- from its first publish), and it was dated when the item was first changed: it now carries the date
-- the seeded content was written, as the seeded guidance page does (V2).
update revision set created_at = timestamp with time zone '2026-11-27 00:00:00+00'
where change_note = 'Original version' and author = 'system' and number = 1;
