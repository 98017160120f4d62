package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Optional;

/**
 * What the generic pages share: the record type named by the {@code type} request parameter,
 * and the "not found" answer (HTTP 404, no data) for an unknown type or a foreign or garbage id.
 */
public abstract class RecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecordTypes recordTypes;

    private String type;
    private boolean notFound;

    protected Optional<RecordType<?>> resolveType() {
        Optional<RecordType<?>> resolved = type == null ? Optional.empty() : recordTypes().find(type);
        if (resolved.isEmpty()) {
            markNotFound();
        }
        return resolved;
    }

    private RecordTypes recordTypes() {
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

    /** Parses a record id from the URL; empty for anything that is not a positive number. */
    protected static Optional<Long> parseId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    protected void markNotFound() {
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
