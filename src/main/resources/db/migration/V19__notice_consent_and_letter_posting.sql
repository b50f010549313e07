-- Electronic service needs the applicant's consent (hallintolaki 19 §), kept with the moment it was given.
-- Applications stored before this have no recorded consent: their later notices go by letter.
alter table grant_application add column electronic_notice_consent boolean not null default false;
alter table grant_application add column electronic_notice_consent_at timestamp with time zone;
alter table grant_application add column postal_address varchar(500);

-- A letter without consent is posted by the registry office; the periods run from the day it was posted.
alter table decision_letter add column posted_on date;
alter table decision_letter add column posted_by varchar(100);
alter table decision_letter add column posted_to varchar(500);
