-- What an electronic submission contained (SHA-256 of its fields), so that an Idempotency-Key used again
-- with different content is refused instead of answered with the first application.
alter table applicant_submission add column fingerprint varchar(64);
