-- BAS-06 commission rules as a module: how the rates change from band to band, whether a band's
-- rate applies to its part of the base or to all of it, for which product category and rep grade,
-- and from when to when. The example rules are increasing, marginal (超额累进).

alter table commission_rule
    add column rule_type varchar(12) not null default 'INCREASING'
        constraint ck_commission_rule_type check (rule_type in ('FIXED', 'INCREASING', 'DECREASING')),
    add column tier_mode varchar(12) not null default 'MARGINAL'
        constraint ck_commission_rule_mode check (tier_mode in ('MARGINAL', 'WHOLE_AMOUNT')),
    add column product_category_id bigint references product_category (id),
    add column rep_grade varchar(40),
    add column valid_from date,
    add column valid_to date,
    add column created_at timestamptz not null default now(),
    add column updated_at timestamptz not null default now(),
    add constraint ck_commission_rule_validity check (valid_to is null or valid_from is null or valid_to >= valid_from);

insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('COMMISSION_BASIS', 'SALES_AMOUNT', '销售额',   '銷售額',   'Sales amount',      10),
    ('COMMISSION_BASIS', 'GROSS_PROFIT', '毛利额',   '毛利額',   'Gross profit',      20),
    ('COMMISSION_BASIS', 'COLLECTION',   '回款额',   '回款額',   'Cash collected',    30),
    ('COMMISSION_TYPE',  'FIXED',        '固定比例', '固定比例', 'Fixed rate',        10),
    ('COMMISSION_TYPE',  'INCREASING',   '递增阶梯', '遞增級距', 'Increasing tiers',  20),
    ('COMMISSION_TYPE',  'DECREASING',   '递减阶梯', '遞減級距', 'Decreasing tiers',  30),
    ('COMMISSION_MODE',  'MARGINAL',     '超额累进（各段分别计算）', '超額累進（各級分別計算）', 'Marginal (each band on its part)', 10),
    ('COMMISSION_MODE',  'WHOLE_AMOUNT', '全额累进（按达到的档次计算全部）', '全額累進（按達到的級距計算全部）', 'Whole amount (reached band on all)', 20);

insert into role_permission (role_id, module, action)
select r.id, 'commissionRule', a.action
from role r
join (values
    ('TENANT_ADMIN', 'VIEW'), ('TENANT_ADMIN', 'CREATE'), ('TENANT_ADMIN', 'EDIT'), ('TENANT_ADMIN', 'DELETE'), ('TENANT_ADMIN', 'EXPORT'),
    ('SALES_DIRECTOR', 'VIEW'), ('SALES_DIRECTOR', 'CREATE'), ('SALES_DIRECTOR', 'EDIT'), ('SALES_DIRECTOR', 'EXPORT'),
    ('SALES_MANAGER', 'VIEW'), ('SALES_MANAGER', 'CREATE'), ('SALES_MANAGER', 'EDIT'), ('SALES_MANAGER', 'EXPORT'),
    ('SALES_REP', 'VIEW'),
    ('FINANCE', 'VIEW'), ('FINANCE', 'EXPORT')
) as a (role_code, action) on a.role_code = r.code;
