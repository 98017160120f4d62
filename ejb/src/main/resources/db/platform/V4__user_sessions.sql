-- PLT-09 sessions of tenant users: who is signed in where (active sessions, last sign-ins) and
-- "log out everywhere", which must hold on every server of a cluster, hence kept here.
create table user_session (
    id            varchar(36)  primary key,
    tenant_code   varchar(30)  not null,
    username      varchar(50)  not null,
    started_at    timestamptz  not null,
    last_seen_at  timestamptz  not null,
    address       varchar(64),
    user_agent    varchar(300),
    ended_at      timestamptz,
    end_reason    varchar(20),
    constraint ck_user_session_end check (end_reason in ('SIGNED_OUT', 'EXPIRED', 'ENDED_BY_USER', 'ENDED_BY_ADMIN')),
    constraint ck_user_session_ended check ((ended_at is null) = (end_reason is null))
);
create index ix_user_session_user on user_session (tenant_code, username, started_at desc);
create index ix_user_session_open on user_session (tenant_code, last_seen_at) where ended_at is null;
