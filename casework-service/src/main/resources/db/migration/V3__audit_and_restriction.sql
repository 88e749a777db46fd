-- Who read or changed which child's record, when, and in which request. Written in the same
-- transaction as the change; no API alters it, and the database refuses to either.
create table audit_entry (
    id              bigserial    primary key,
    at              timestamptz  not null default now(),
    actor           varchar(64)  not null,
    action          varchar(40)  not null,
    la_child_id     varchar(20)  not null,
    correlation_id  varchar(64),
    detail          text,
    -- the journey event a change came from; a replayed event is audited once
    event_id        uuid         unique
);
create index audit_entry_child on audit_entry (la_child_id, at);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'Audit entries cannot be changed or deleted';
end;
$$;
create trigger audit_entry_is_append_only
    before update or delete or truncate on audit_entry
    for each statement execute function refuse_audit_change();

-- A restricted record (a member of staff's relative, a high-profile case) opens only to the team
-- the child is allocated to and its managers.
alter table child
    add column restricted        boolean     not null default false,
    add column restricted_reason text,
    add column restricted_by     varchar(64),
    add column restricted_at     timestamptz;
