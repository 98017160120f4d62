package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import jakarta.inject.Inject;
import com.tianzong.crm.web.shell.GuardedPage;
import java.util.Optional;
import java.util.Set;
import com.tianzong.crm.platform.security.PermissionAction;

/**
 * What the generic pages share: the record type named by the {@code type} request parameter;
 * an unknown type or a foreign or garbage id is "not found" (HTTP 404, no data).
 */
public abstract class RecordPage extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecordTypes recordTypes;

    private String type;
    private Set<PermissionAction> allowed;

    protected Optional<RecordType<?>> resolveType() {
        Optional<RecordType<?>> resolved = type == null ? Optional.empty() : recordTypes().find(type);
        if (resolved.isEmpty()) {
            markNotFound();
        }
        return resolved;
    }

    protected RecordTypes recordTypes() {
        if (recordTypes == null) {
            recordTypes = jakarta.enterprise.inject.spi.CDI.current().select(RecordTypes.class).get();
        }
        return recordTypes;
    }

    public RecordType<?> getRecordType() {
        return type == null ? null : recordTypes().find(type).orElse(null);
    }

    @SuppressWarnings("unchecked")
    protected RecordService<TenantRecord> service() {
        return (RecordService<TenantRecord>) getRecordType().service();
    }

    /** Whether the current user may take the action (VIEW, CREATE, EDIT, DELETE, EXPORT …) here. */
    public boolean can(String action) {
        if (getRecordType() == null) {
            return false;
        }
        if (allowed == null) {
            allowed = service().allowedActions();
        }
        return allowed.contains(PermissionAction.valueOf(action));
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
