-- The outcome of a section 47 enquiry is a team manager's decision: the social worker completes the
-- enquiry and a manager endorses its outcome, which takes effect that day. An enquiry completed before
-- endorsement was asked for has neither.
alter table section_47_enquiry
    add column endorsed_on date,
    add column endorsed_by varchar(64);
