-- The same enquiry sent twice (a double click on Send, a reload that sends the form again) is kept once.
-- repeat_key is a SHA-256 digest of what was typed; unique, so two copies sent at the same moment cannot both
-- be stored. It is cleared once the repeat window has passed, so the same words may be sent again later, and
-- it goes with the enquiry when that is erased.
alter table enquiry add column repeat_key varchar(64);
create unique index uq_enquiry_repeat_key on enquiry (repeat_key);
