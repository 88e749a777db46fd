-- What the inspectors asked for at the front door and at decision points (docs/statutory-rules.md,
-- "What the inspectors asked for"): a contact's source, how it arrived, a police notification's
-- incident date and whether the referrer was told; each decision with management oversight.
alter table contact_fact
    add column source             varchar(30),
    add column channel            varchar(20),
    add column incident_date      date,
    add column referrer_follow_up varchar(20);
create index contact_fact_decided on contact_fact (decided_on);

-- One row per journey event that records a manager's decision at a decision point, whatever its type.
create table oversight_fact (
    event_id     uuid primary key,
    la_child_id  varchar(20),
    point        varchar(40) not null,
    team         varchar(64),
    manager      varchar(64),
    decided_on   date        not null,
    -- a manager named and a direction given in words
    recorded     boolean     not null
);
create index oversight_fact_decided on oversight_fact (decided_on);

insert into measure (id, priority, display_order, name, unit, polarity, target, tolerance_lower, tolerance_upper, definition) values
('police-notification-days-to-decision', 'B', 95, 'Police notifications: median days from incident to decision', 'AVERAGE', 'LOW_GOOD', null, null, null, 'Contacts from the police decided in the month that give the incident''s date: the median of the calendar days from the incident to the decision (the middle one, or the mean of the middle two).'),
('police-notifications-decided-in-time', 'B', 96, 'Police notifications decided within the local days of the incident %', 'PERCENT', 'HIGH_GOOD', null, null, null, 'Contacts from the police decided in the month that give the incident''s date, decided within the council''s number of calendar days of the incident (a local setting), over those contacts.'),
('written-contacts-closed-without-follow-up', 'B', 97, 'Written contacts closed without telling the referrer', 'COUNT', 'LOW_GOOD', null, null, null, 'Contacts that arrived in writing (email, letter, online form) decided in the month with no further action or information and advice, whose referrer is not recorded as told.'),
('decisions-with-oversight', 'B', 98, 'Decisions with recorded management oversight', 'COUNT', 'NONE', null, null, null, 'Decisions at the points where a manager decides or endorses (a contact decision, an assessment''s authorisation or sending back, a plan''s review ending it with a step-down or a closure) made in the month with the manager named and their direction in words, by the team whose work it was.');
