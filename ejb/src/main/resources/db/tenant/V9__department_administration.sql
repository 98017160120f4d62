-- TEN-02: who may manage the department tree.
insert into role_permission (role_id, module, action)
select r.id, a.module, a.action
from role r
join (values ('TENANT_ADMIN', 'department', 'VIEW'), ('TENANT_ADMIN', 'department', 'EDIT')) as a (role_code, module, action)
    on a.role_code = r.code;
