-- An admin whose password someone else set (generated and logged for the first admin, or typed by the
-- admin who added them) is asked on every admin page to choose their own, until they do. Admins who
-- exist already are not asked: whether they chose theirs is not known.
alter table admin_user add column password_change_due boolean default false not null;
