-- Open tasks as the default authorization provider leaves them: each task has candidate group area-elderly
-- (every fifth area-youth) and its own GRANT row. Usage: psql -v n=20000 -f data.sql (Camunda 7.24 schema in place).
-- Scratch database only: it empties the runtime task and authorization tables.
set session_replication_role = replica; -- no executions or deployments behind the tasks
truncate act_ru_task, act_ru_identitylink, act_ru_authorization, act_re_procdef cascade;
insert into act_re_procdef(id_, rev_, category_, name_, key_, version_, deployment_id_, resource_name_, has_start_form_key_, suspension_state_, version_tag_, history_ttl_, startable_)
values ('grantApplication:1:pd1', 1, 'c', 'Grant application', 'grantApplication', 1, 'dep1', 'x.bpmn', false, 1, null, 180, true);
insert into act_ru_task(id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, priority_, create_time_, suspension_state_, task_state_, last_updated_)
select 't' || lpad(g::text, 7, '0'), 1, 'e'||g, 'pi'||g, 'grantApplication:1:pd1', 'Review application', 'review', 50,
       timestamp '2026-01-01' + g * interval '1 minute', 1, 'Created', null
from generate_series(1, :n) g;
insert into act_ru_identitylink(id_, rev_, group_id_, type_, task_id_)
select 'il'||g, 1, case when g % 5 = 0 then 'area-youth' else 'area-elderly' end, 'candidate', 't' || lpad(g::text, 7, '0') from generate_series(1, :n) g;
insert into act_ru_authorization(id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
select 'a'||g, 1, 1, case when g % 5 = 0 then 'area-youth' else 'area-elderly' end, 7, 't' || lpad(g::text, 7, '0'), 6 from generate_series(1, :n) g;
-- process-level grants the application gives to groups (start, read definitions, filters)
insert into act_ru_authorization(id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
select 'pd'||r||'-'||grp, 1, 1, grp, r, '*', 2
from unnest(array['area-elderly','area-youth','officers','managers']) grp, unnest(array[0,5,6,13]) r;
analyze;
