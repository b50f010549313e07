-- The applicant's eligibility declarations (null: not answered, as on an older paper form) and the eligibility table's answer.
alter table grant_application add column declared_registered_association boolean;
alter table grant_application add column declared_non_profit boolean;
alter table grant_application add column declared_activity_wholly_for_region boolean;
alter table grant_application add column declared_separate_bookkeeping boolean;
alter table grant_application add column eligibility varchar(20);
alter table grant_application add column eligibility_reason varchar(4000);
