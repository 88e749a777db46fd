-- The statutory returns made from the case record (the DfE's CIN census and SSDA903, Ofsted's
-- Annex A lists) and the DfE validation rules run on it as the work is recorded.

-- Where each child's record breaks a DfE validation rule, for a collection year (1 April to
-- 31 March, named by the year it starts in). A child's failures for a year are replaced each time
-- the rules are run on their record (one found again keeps the time it was first found): these are
-- the current failures, not a history.
create table return_failure (
    id                bigserial    primary key,
    la_child_id       varchar(20)  not null references child,
    collection_year   integer      not null,
    -- the DfE's rule number (8610, 8870Q, 302) and its message, word for word
    code              varchar(10)  not null,
    message           text         not null,
    statutory_return  varchar(20)  not null check (statutory_return in ('CIN_CENSUS', 'SSDA903')),
    -- where in the record, in the return's own names and the item's dates
    location          text         not null,
    -- when the rules first found it
    found_at          timestamptz  not null default now()
);
create index return_failure_child on return_failure (la_child_id, collection_year);
create index return_failure_rule on return_failure (collection_year, code, la_child_id);

-- Every download of a return: who, which return, for which period, when, whether pseudonymised,
-- how many children it held, and the request. Personal data leaves Caseflow in these files, so each
-- is kept; no API alters the list, and the database refuses to (as it does for the audit trail).
create table return_download (
    id                bigserial    primary key,
    at                timestamptz  not null default now(),
    actor             varchar(64)  not null,
    statutory_return  varchar(20)  not null check (statutory_return in ('CIN_CENSUS', 'SSDA903', 'ANNEX_A')),
    period_from       date         not null,
    period_to         date         not null,
    pseudonymised     boolean      not null,
    children          integer      not null,
    correlation_id    varchar(64)
);
create index return_download_at on return_download (at);

create trigger return_download_is_append_only
    before update or delete or truncate on return_download
    for each statement execute function refuse_audit_change();
