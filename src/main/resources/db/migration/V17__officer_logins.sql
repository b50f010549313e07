-- Officers seen in the county's single sign-on tokens (grants.officers.login=oidc). The engine's identity is read-only
-- then: its users and memberships are these rows, written at each login from the token, so Tasklist and Cockpit show
-- names and assignees resolve. The groups are the application's group ids the token's groups were mapped to.
create table officer_login (
    user_id     varchar(255)  primary key,
    first_name  varchar(255)  not null,
    last_name   varchar(255)  not null,
    email       varchar(255),
    group_ids   varchar(1000) not null,
    last_login  timestamp     not null
);
