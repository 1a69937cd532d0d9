-- V5 stamped the seeded scenarios with the moment the migration ran. Seeded content carries the date
-- it was written instead, so every database, and every test, sees the same values whatever the day.
update scenario set updated_at = timestamp with time zone '2026-11-28 00:00:00+00' where updated_by = 'system';
