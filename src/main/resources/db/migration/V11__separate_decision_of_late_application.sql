-- A late application that arrives after the decision body has decided the call gets a decision of its own
-- (not examined); the call's board reference and date do not cover it.
alter table grant_application add column separate_decision_reference varchar(200);
alter table grant_application add column separate_decided_on date;
