-- The notes the site writes itself on a revision (an "Original version", a review's) are now a message
-- key, put into words when the history is shown; change_note keeps only what an admin typed. Revisions
-- written before are converted; every other note is an admin's own and stays as it is.
alter table revision add column note_key varchar(100);

update revision set note_key = 'revision.note.original', change_note = null
where change_note = 'Original version' and author = 'system' and number = 1;

update revision set note_key = 'revision.note.reviewed', change_note = null
where change_note = 'Reviewed: text unchanged';

update revision set note_key = 'revision.note.reviewedWithNote', change_note = substring(change_note from 27)
where change_note like 'Reviewed: text unchanged. %';
