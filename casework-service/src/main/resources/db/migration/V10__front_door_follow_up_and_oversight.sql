-- What the inspectors asked for at the front door: a police notification's incident date (the
-- delays from incident to contact and to decision are read from it), how the contact arrived (a
-- written one closed untold is shown), whether the referrer was told (how and when, or why not),
-- and what the emergency duty team did out of hours.
alter table contact
    add column incident_date            date,
    add column channel                  varchar(20),
    add column referrer_follow_up       varchar(20),
    add column referrer_told_how        varchar(200),
    add column referrer_told_on         date,
    add column referrer_not_told_reason text,
    add column out_of_hours             boolean not null default false,
    add column emergency_action         varchar(40),
    add column emergency_action_on      date,
    add column emergency_action_detail  text,
    add column emergency_action_by      varchar(64),
    add column handed_over_on           date,
    add column handover_note            text,
    add column handed_over_by           varchar(64);

-- Management oversight at a decision point, one row per journey event that records it, whatever its
-- type (the contact decision, an assessment's authorisation or sending back, ...): the manager, the
-- business date and their direction in their own words.
create table oversight_entry (
    event_id     uuid primary key,
    la_child_id  varchar(20) not null references child,
    position     bigint      not null,
    point        varchar(40) not null,
    event_type   varchar(60) not null,
    manager      varchar(64),
    decided_on   date        not null,
    direction    text,
    team         varchar(64)
);
create index oversight_entry_child on oversight_entry (la_child_id, decided_on);
