-- TEN-02: who may maintain the code lists (customer types, industries, regions …).
insert into role_permission (role_id, module, action)
select r.id, a.module, a.action
from role r
join (values ('TENANT_ADMIN', 'codelist', 'VIEW'), ('TENANT_ADMIN', 'codelist', 'EDIT')) as a (role_code, module, action)
    on a.role_code = r.code;
