-- One REVOKE row, as DisqualificationGuard leaves it, which switches the engine to the revoke-aware query.
insert into act_ru_authorization(id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_)
values ('revoke-1', 1, 2, 'liisa', 7, 't0000003', 0);
