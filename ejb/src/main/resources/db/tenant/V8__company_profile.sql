-- TEN-02 company profile: the company's own settings, kept by its administrator.
create table company_profile (
    id                        integer      primary key default 1,
    version                   integer      not null default 0,
    address                   varchar(300),
    phone                     varchar(40),
    tax_id                    varchar(18),
    timezone                  varchar(50)  not null default 'Asia/Shanghai',
    currency                  varchar(3)   not null default 'CNY',
    fiscal_year_start_month   integer      not null default 1,
    logo                      bytea,
    logo_type                 varchar(20),
    constraint ck_company_profile_single check (id = 1),
    constraint ck_company_profile_currency check (currency in ('CNY', 'HKD', 'MOP', 'TWD', 'USD', 'EUR')),
    constraint ck_company_profile_month check (fiscal_year_start_month between 1 and 12),
    constraint ck_company_profile_logo check (logo_type is null or logo_type in ('image/png', 'image/jpeg'))
);
insert into company_profile (id) values (1);

insert into role_permission (role_id, module, action)
select r.id, a.module, a.action
from role r
join (values ('TENANT_ADMIN', 'company', 'VIEW'), ('TENANT_ADMIN', 'company', 'EDIT')) as a (role_code, module, action)
    on a.role_code = r.code;
