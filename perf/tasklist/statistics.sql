-- What TasklistQueryTuning does at start-up.
create statistics if not exists act_stat_auth_perms on (perms_ & 2), (perms_ & 64) from act_ru_authorization;
create index if not exists hva_idx_auth_task_read on act_ru_authorization (resource_id_)
  where type_ < 2 and ((resource_type_ = 7 and perms_ & 2 = 2) or (resource_type_ = 6 and perms_ & 64 = 64));
analyze act_ru_authorization;
