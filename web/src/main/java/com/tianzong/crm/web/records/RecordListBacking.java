package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The generic list page: lazy, paged, sortable, filterable, exportable; delete with confirmation. */
@Named("recordList")
@ViewScoped
public class RecordListBacking extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordMessages messages;

    @Inject
    Texts texts;

    private String q;
    private RecordLazyModel model;

    public void load() {
        resolveType().ifPresent(type -> {
            if (!can("VIEW")) {
                markForbidden();
                return;
            }
            model = new RecordLazyModel(this::service, rule -> messages.showRule(rule, type), q);
        });
    }

    /** Runs before an export is written: the server refuses it (and audits) without the permission. */
    public void beforeExport(Object document) {
        service().checkPermitted(com.tianzong.crm.platform.security.PermissionAction.EXPORT);
    }

    public RecordLazyModel getModel() {
        return model;
    }

    public List<RecordField> getColumns() {
        return model == null ? List.of() : getRecordType().listedFields();
    }

    public void delete(TenantRecord record) {
        try {
            service().delete(record.getId(), record.getVersion());
            texts.info("record.deleted");
        } catch (RuntimeException e) {
            messages.show(e, getRecordType());
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
