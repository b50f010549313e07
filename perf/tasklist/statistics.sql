-- What TaskAuthorizationStatistics does at start-up.
create statistics if not exists act_stat_auth_perms on (perms_ & 2), (perms_ & 64) from act_ru_authorization;
analyze act_ru_authorization;
