-- The child's characteristics as the statutory returns take them (CIN census ChildIdentifiers and
-- ChildCharacteristics, the SSDA903 header), recorded by the child's team on the record, in the DfE's
-- codes. Each is null until recorded: the returns then write the DfE's "not known" (sex U, ethnicity
-- NOBT) or leave the item out. A child has a UPN or a reason for none (UN1 to UN7), never both.
alter table child
    add column sex               varchar(1),
    add column ethnicity         varchar(4),
    add column upn               varchar(13),
    add column former_upn        varchar(13),
    add column upn_unknown       varchar(3),
    add constraint child_upn_or_reason check (upn is null or upn_unknown is null);

-- The child's disabilities (CIN census Disabilities), in the order recorded; NONE, alone, for a child
-- recorded as having none. No row at all: not recorded.
create table child_disability (
    la_child_id varchar(20) not null references child,
    position    int         not null,
    disability  varchar(4)  not null,
    primary key (la_child_id, position),
    unique (la_child_id, disability)
);
