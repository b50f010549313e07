-- A recovery decision can be challenged like any decision of the county (611/2021 141 §): its notice,
-- the rectification request, the decision body's decision on it and the appeal period that follows.
alter table recovery add column notice_sent_at            timestamp with time zone;
alter table recovery add column rectification_deadline    date;
alter table recovery add column rectification_request     varchar(4000);
alter table recovery add column rectification_received_at timestamp with time zone;
alter table recovery add column rectification_outcome     varchar(20);
alter table recovery add column rectification_reasoning   varchar(4000);
alter table recovery add column rectification_reference   varchar(200);
alter table recovery add column rectification_decided_on  date;
alter table recovery add column appeal_deadline           date;

-- RECOVERY_RECTIFICATION_DECISION is 31 characters.
alter table decision_letter alter column kind set data type varchar(40);
