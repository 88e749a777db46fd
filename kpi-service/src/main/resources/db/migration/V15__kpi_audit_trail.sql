-- Who changed the catalogue's targets, tolerances and milestones, and who listed the children a measure counted,
-- when, and in which request. Councils change targets every year, and a rating is only as good as the target it
-- was judged against, so each change keeps the settings before and after. A list of children is personal data
-- drawn from aggregates, so each read of one is kept too. Written in the same transaction as what it records;
-- no API alters it, and the database refuses to either.
create table audit_entry (
    id              bigserial    primary key,
    at              timestamptz  not null default now(),
    actor           varchar(100) not null,
    action          varchar(40)  not null check (action in ('CATALOGUE_CHANGED', 'CHILDREN_LISTED')),
    measure_id      varchar(60)  not null references measure (id),
    -- the month whose children were listed
    month           date,
    -- the measure's target, tolerances and milestones before and after a change
    before          jsonb,
    after           jsonb,
    detail          text,
    correlation_id  varchar(64)
);
create index audit_entry_measure on audit_entry (measure_id, at);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'Audit entries cannot be changed or deleted';
end;
$$;
create trigger audit_entry_is_append_only
    before update or delete or truncate on audit_entry
    for each statement execute function refuse_audit_change();
