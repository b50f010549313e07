-- Members of the county may request rectification until 14 days after the seventh day from the publication of the
-- minutes in the public data network: the board secretary records the day, for a call's decision or a separate one.
alter table grant_call add column minutes_published_on date;
alter table grant_application add column separate_minutes_published_on date;

-- Requests also arrive by post, at the registry office or by e-mail, from the applicant or from a member of the county:
-- an officer records them with who made them, how they came and the day they arrived.
alter table rectification_request add column requester_kind varchar(20) not null default 'APPLICANT';
alter table rectification_request add column requester_name varchar(200);
alter table rectification_request add column received_channel varchar(20) not null default 'E_SERVICE';
alter table rectification_request add column recorded_by varchar(100);
-- A late request against a recovery decision is kept and dismissed like one against a grant decision.
alter table rectification_request add column target varchar(20) not null default 'GRANT_DECISION';
-- Who made a request against a recovery decision and the officer who recorded one that did not come through the e-service.
alter table recovery add column rectification_requested_by varchar(200);
alter table recovery add column rectification_channel varchar(20);
alter table recovery add column rectification_recorded_by varchar(100);
