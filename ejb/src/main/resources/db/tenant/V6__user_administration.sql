-- TEN-02 users: a position (职位) beside department and roles; who may manage users.
alter table user_account add column position varchar(60);

insert into role_permission (role_id, module, action)
select r.id, a.module, a.action
from role r
join (values
    ('TENANT_ADMIN', 'user', 'VIEW'), ('TENANT_ADMIN', 'user', 'CREATE'), ('TENANT_ADMIN', 'user', 'EDIT')
) as a (role_code, module, action) on a.role_code = r.code;
