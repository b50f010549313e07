-- The association's response to a recovery hearing (hallintolaki 34 §) comes through the e-service or, by post
-- or e-mail, is recorded by an officer: the day it arrived and who recorded it are kept with it.
alter table recovery add column response_received_on date;
alter table recovery add column response_recorded_by varchar(100);
