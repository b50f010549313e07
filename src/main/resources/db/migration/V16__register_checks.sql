-- The latest PRH register check of each application (YTJ open data): what the register said of the business id
-- the application names, and when. A check that could not be made is kept as UNAVAILABLE for the officer.
-- No foreign key: the officer's case summary refreshes a check in a transaction of its own while the engine's
-- transaction may hold the application's row, and a key check must not wait for that.
create table register_check (
    application_id    bigint       not null primary key,
    business_id       varchar(20),
    outcome           varchar(20)  not null,
    official_name     varchar(500),
    registered_office varchar(200),
    company_form      varchar(200),
    standing          varchar(20),
    end_date          date,
    checked_at        timestamp with time zone not null
);
