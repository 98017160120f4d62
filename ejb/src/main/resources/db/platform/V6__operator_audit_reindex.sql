-- Operators rebuild a tenant's search index (PLT-11); the rebuild is kept in the operators' audit.
alter table operator_audit drop constraint ck_operator_audit_action;
alter table operator_audit add constraint ck_operator_audit_action
    check (action in ('CREATE', 'SUSPEND', 'RESUME', 'DELETE', 'DELETE_REFUSED', 'EXPORT', 'IMPORT', 'REINDEX'));
