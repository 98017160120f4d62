package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.AccessModule;
import com.tianzong.crm.platform.administration.AccessModules;
import com.tianzong.crm.platform.administration.AuditLog;
import com.tianzong.crm.platform.administration.AuditQuery;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.Page;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.records.RecordDisplay;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log search (PLT-09): by user, module and period, newest first, paged on the server.
 * Values of record types read as on the record's own History tab.
 */
@Named("auditLog")
@ViewScoped
public class AuditLogBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditLog auditLog;

    @EJB
    transient Permissions permissions;

    @EJB
    transient UserAccounts userAccounts;

    @Inject
    transient AccessModules accessModules;

    @Inject
    transient RecordTypes recordTypes;

    @Inject
    transient RecordDisplay records;

    @Inject
    transient Texts texts;

    private String actor;
    private String recordType;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery query = new AuditQuery(null, null, null, null, null);
    private final Entries entries = new Entries();

    public void load() {
        if (!permissions.allowed(AccessModules.AUDIT, PermissionAction.VIEW)) {
            markForbidden();
        }
    }

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            texts.error("audit.periodReversed");
            return;
        }
        query = new AuditQuery(actor, recordType, from, to, AuditQuery.CHINA);
    }

    public List<SelectItem> getUserOptions() {
        return userAccounts.findEnabled().stream()
                .map(user -> new SelectItem(user.getUsername(), user.getDisplayName() + " (" + user.getUsername() + ")"))
                .toList();
    }

    public List<SelectItem> getModuleOptions() {
        return accessModules.all().stream().map(AccessModule::name)
                .map(name -> new SelectItem(name, moduleLabel(name)))
                .toList();
    }

    public String moduleLabel(String module) {
        return texts.get("module." + module);
    }

    /** The record type of an entry, if it is one (others are administration changes). */
    public RecordType<?> typeOf(AuditEntry entry) {
        return recordTypes.find(entry.getRecordType()).orElse(null);
    }

    public String fieldLabel(AuditEntry entry) {
        String field = entry.getField();
        if (field == null) {
            return "";
        }
        RecordType<?> type = typeOf(entry);
        if (type != null) {
            return records.auditFieldLabel(type, field);
        }
        if (AccessModules.ROLES.equals(entry.getRecordType())) {
            return field.endsWith(".scope")
                    ? moduleLabel(field.substring(0, field.length() - ".scope".length())) + " · " + texts.get("role.scope")
                    : moduleLabel(field);
        }
        if (entry.getAction() == AuditEntry.Action.DENIED) {
            return texts.get("permission.action." + field);
        }
        return texts.get("audit.field." + entry.getRecordType() + "." + field);
    }

    /** A value as the change's own page shows it: code lists by label, granted actions and scopes by name. */
    public String value(AuditEntry entry, String value) {
        if (value == null) {
            return "";
        }
        RecordType<?> type = typeOf(entry);
        if (type != null) {
            return records.auditValue(type, entry.getField(), value);
        }
        if (AccessModules.ROLES.equals(entry.getRecordType()) && entry.getField() != null) {
            String prefix = entry.getField().endsWith(".scope") ? "scope." : "permission.action.";
            return java.util.Arrays.stream(value.split(",")).map(code -> texts.get(prefix + code))
                    .collect(java.util.stream.Collectors.joining("、"));
        }
        return value;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** Pages of the current search, counted and read on the server. */
    private final class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.search(query, 0, 1).total());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                Page<AuditEntry> page = auditLog.search(query, first, Math.min(pageSize, AuditLog.MAX_PAGE));
                setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
                return page.rows();
            } catch (BusinessRuleException rule) {
                texts.error(rule.getMessageKey());
                return List.of();
            }
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
