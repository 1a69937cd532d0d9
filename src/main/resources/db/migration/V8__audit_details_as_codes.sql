-- An audit detail is now a message key with its arguments (a JSON array of strings), put into words
-- when the log is read. Entries written before keep their words in detail and show them as they are.
alter table audit_entry add column detail_key varchar(100);
alter table audit_entry add column detail_arguments varchar(20000);
