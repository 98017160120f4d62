-- BAS-03 training items as a module of their own: the categories become a code list the
-- administrator can extend, and the roles get their default grants.

insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('TRAINING_CATEGORY', 'ONBOARDING', '入职培训', '到職訓練', 'Onboarding',     10),
    ('TRAINING_CATEGORY', 'PRODUCT',    '产品知识', '產品知識', 'Product',        20),
    ('TRAINING_CATEGORY', 'SKILL',      '销售技能', '銷售技能', 'Selling skills', 30),
    ('TRAINING_CATEGORY', 'MANAGEMENT', '管理能力', '管理能力', 'Management',     40),
    ('TRAINING_CATEGORY', 'COMPLIANCE', '合规',     '合規',     'Compliance',     50),
    ('TRAINING_CATEGORY', 'SYSTEM',     '系统使用', '系統使用', 'Systems',        60);

insert into role_permission (role_id, module, action)
select r.id, 'trainingItem', a.action
from role r
join (values
    ('TENANT_ADMIN', 'VIEW'), ('TENANT_ADMIN', 'CREATE'), ('TENANT_ADMIN', 'EDIT'), ('TENANT_ADMIN', 'DELETE'), ('TENANT_ADMIN', 'EXPORT'),
    ('SALES_DIRECTOR', 'VIEW'), ('SALES_DIRECTOR', 'CREATE'), ('SALES_DIRECTOR', 'EDIT'), ('SALES_DIRECTOR', 'EXPORT'),
    ('SALES_MANAGER', 'VIEW'), ('SALES_MANAGER', 'CREATE'), ('SALES_MANAGER', 'EDIT'), ('SALES_MANAGER', 'EXPORT'),
    ('SALES_REP', 'VIEW'),
    ('FINANCE', 'VIEW'),
    ('SERVICE', 'VIEW'),
    ('MARKETING', 'VIEW')
) as a (role_code, action) on a.role_code = r.code;
