-- The child at the centre of every case record. LA child id is the council's own identifier
-- (CIN census LAchildID), the key that every journey event carries.
create table child (
    la_child_id            varchar(20) primary key,
    given_name             varchar(100),
    family_name            varchar(100),
    date_of_birth          date,
    expected_date_of_birth date,
    created_at             timestamptz not null default now()
);
