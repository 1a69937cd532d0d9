-- Anonymous outcome statistics: one counter per day and item, never a row per visitor.
-- dimension: outcome (PMVA.STRONG), rule, caveat, answer (question=option), version, channel (page, api).
create table outcome_count (
    counted_on date not null,
    dimension varchar(20) not null,
    item varchar(200) not null,
    hits bigint not null,
    constraint pk_outcome_count primary key (counted_on, dimension, item)
);
