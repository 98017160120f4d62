-- PLT-05/PLT-09 administration: who may manage roles and permissions, read the audit log and
-- manage sign-in security; the tenant's password and session policy.

insert into role_permission (role_id, module, action)
select r.id, a.module, a.action
from role r
join (values
    ('TENANT_ADMIN', 'role', 'VIEW'), ('TENANT_ADMIN', 'role', 'EDIT'),
    ('TENANT_ADMIN', 'audit', 'VIEW'), ('TENANT_ADMIN', 'audit', 'EXPORT'),
    ('TENANT_ADMIN', 'security', 'VIEW'), ('TENANT_ADMIN', 'security', 'EDIT'),
    ('SALES_DIRECTOR', 'audit', 'VIEW')
) as a (role_code, module, action) on a.role_code = r.code;

-- One row: the rules every password of this company must meet, and the idle timeout.
create table security_policy (
    id                        integer  primary key default 1,
    version                   integer  not null default 0,
    min_length                integer  not null default 8,
    require_letter_and_digit  boolean  not null default true,
    require_symbol            boolean  not null default false,
    max_age_days              integer  not null default 0,
    idle_timeout_minutes      integer  not null default 30,
    constraint ck_security_policy_single check (id = 1),
    constraint ck_security_policy_length check (min_length between 8 and 64),
    constraint ck_security_policy_age check (max_age_days between 0 and 365),
    constraint ck_security_policy_idle check (idle_timeout_minutes between 5 and 480)
);
insert into security_policy (id) values (1);

alter table user_account add column password_changed_at timestamptz;
update user_account set password_changed_at = now() where password_hash <> 'UNSET';
