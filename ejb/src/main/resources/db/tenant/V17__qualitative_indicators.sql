-- BAS-04 qualitative indicators as a module: the preset ones (V7) become readable and editable
-- through the generic pages; the roles get their default grants.

insert into role_permission (role_id, module, action)
select r.id, 'qualitativeIndicator', a.action
from role r
join (values
    ('TENANT_ADMIN', 'VIEW'), ('TENANT_ADMIN', 'CREATE'), ('TENANT_ADMIN', 'EDIT'), ('TENANT_ADMIN', 'DELETE'), ('TENANT_ADMIN', 'EXPORT'),
    ('SALES_DIRECTOR', 'VIEW'), ('SALES_DIRECTOR', 'CREATE'), ('SALES_DIRECTOR', 'EDIT'), ('SALES_DIRECTOR', 'EXPORT'),
    ('SALES_MANAGER', 'VIEW'), ('SALES_MANAGER', 'EXPORT'),
    ('SALES_REP', 'VIEW'),
    ('FINANCE', 'VIEW')
) as a (role_code, action) on a.role_code = r.code;
