-- A payment belongs to a payout case: an operating grant's application or one year of a
-- partnership agreement. The case number, payee and purpose are kept on the payment itself so
-- that the payment batch and its files need nothing else.

alter table payment add column case_number varchar(40);
alter table payment add column payee_name varchar(200);
alter table payment add column purpose varchar(20) default 'OPERATING_GRANT' not null;

update payment set
    case_number = (select a.application_number from grant_application a where a.id = payment.application_id),
    payee_name = (select s.name from grant_application a join association s on s.id = a.association_id
                  where a.id = payment.application_id);

alter table payment alter column case_number set not null;
alter table payment alter column payee_name set not null;
alter table payment alter column application_id drop not null;

create index ix_payment_case on payment (case_number);
