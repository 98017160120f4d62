package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordViewLayouts;
import com.tianzong.crm.platform.records.RelatedList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import com.tianzong.crm.web.i18n.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generic read-only 360 view: one tab per field group of the record type, one per related
 * list it declares that the user shows (in the user's order, PLT-06), and its history.
 */
@Named("recordView")
@ViewScoped
public class RecordViewBacking extends RecordPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordMessages messages;

    @Inject
    Texts texts;

    @EJB
    AuditTrail auditTrail;

    @EJB
    RecordViewLayouts layouts;

    @Inject
    transient RecordDisplay display;

    private String id;
    private TenantRecord record;
    private List<RelatedList> shownTabs = List.of();
    private List<TabChoice> arrangement = new ArrayList<>();
    private transient List<AuditEntry> history;
    private transient Map<String, List<?>> related;
    private transient Map<String, Boolean> creatable;
    private transient List<com.tianzong.crm.platform.records.RecordCommand> commands;
    private String pendingCommand;
    private String reason;

    public void load() {
        if (resolveType().isEmpty()) {
            return;
        }
        if (!can("VIEW")) {
            markForbidden();
            return;
        }
        record = parseId(id).flatMap(value -> service().find(value)).orElse(null);
        if (record == null) {
            markNotFound();
            return;
        }
        shownTabs = layouts.shownTabs(getRecordType());
        arrangement = new ArrayList<>(layouts.arrangement(getRecordType()).stream()
                .map(tab -> new TabChoice(tab.name(), tab.shown())).toList());
    }

    /** A related tab in the user's arrangement dialog. */
    public static final class TabChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private boolean shown;

        TabChoice(String name, boolean shown) {
            this.name = name;
            this.shown = shown;
        }

        public String getName() {
            return name;
        }

        public boolean isShown() {
            return shown;
        }

        public void setShown(boolean shown) {
            this.shown = shown;
        }
    }

    /** The related tabs the user may have, in the user's order, for the arrangement dialog. */
    public List<TabChoice> getArrangement() {
        return arrangement;
    }

    public void moveUp(int index) {
        if (index > 0 && index < arrangement.size()) {
            Collections.swap(arrangement, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < arrangement.size() - 1) {
            Collections.swap(arrangement, index, index + 1);
        }
    }

    /** Keeps the arrangement for this user and shows the view again with it. */
    public void saveArrangement() throws IOException {
        try {
            layouts.arrange(getRecordType(), arrangement.stream()
                    .map(choice -> new RecordViewLayouts.Tab(choice.getName(), choice.isShown())).toList());
            reopen();
        } catch (RuntimeException e) {
            messages.show(e, getRecordType());
        }
    }

    /** Back to the tabs as the record type declares them. */
    public void resetArrangement() throws IOException {
        layouts.reset(getRecordType());
        reopen();
    }

    private void reopen() throws IOException {
        texts.info("viewLayout.saved");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/app/records/view.xhtml?type=" + getType() + "&id=" + record.getId());
    }

    public List<String> getGroups() {
        return record == null ? List.of() : getRecordType().groups();
    }

    public List<RecordField> fieldsOf(String group) {
        return getRecordType().fieldsOf(group);
    }

    /** The record's title: its first two declared fields (code and name) as the page shows them (a code by its name). */
    public String getTitle() {
        if (record == null) {
            return "";
        }
        return getRecordType().fields().stream().limit(2)
                .map(field -> display.display(record, field))
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    public void delete() throws IOException {
        try {
            service().delete(record.getId(), record.getVersion());
            texts.info("record.deleted");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/records/list.xhtml?type=" + getType());
        } catch (RuntimeException e) {
            messages.show(e, getRecordType());
        }
    }

    /** Whether the record may be edited now: the user may edit, and a document is still a draft. */
    public boolean isEditable() {
        return can("EDIT") && !(record instanceof com.tianzong.crm.platform.records.LineDocument document && !document.isLinesEditable());
    }

    /** The record type's lines, or null for a type without. */
    public com.tianzong.crm.platform.records.LineItems getLineItems() {
        return record == null ? null : getRecordType().lineItems().orElse(null);
    }

    public List<?> getLines() {
        return record instanceof com.tianzong.crm.platform.records.LineDocument document ? document.getLines() : List.of();
    }

    /** The record's fields shown under the lines (the totals). */
    public List<RecordField> getTotalFields() {
        var items = getLineItems();
        return items == null ? List.of() : items.totals().stream().map(name -> getRecordType().field(name).orElseThrow()).toList();
    }

    /** The commands the user may give on the record in its present state (post, ship, cancel …). */
    public List<com.tianzong.crm.platform.records.RecordCommand> getCommands() {
        if (commands == null) {
            commands = record == null ? List.of() : service().availableCommands(record);
        }
        return commands;
    }

    /** Gives a command that needs no reason. */
    public void perform(String command) throws IOException {
        pendingCommand = command;
        reason = null;
        performPending();
    }

    /** Asks for the reason of a command that needs one (the dialog opens next). */
    public void ask(String command) {
        pendingCommand = command;
        reason = null;
    }

    /** Gives the command the user was asked the reason of, or the one given without; shows the record it led to. */
    public void performPending() throws IOException {
        try {
            var outcome = service().perform(record.getId(), record.getVersion(), pendingCommand, reason);
            texts.info("command.done", texts.get("command." + getType() + "." + pendingCommand));
            for (var notice : outcome.notices()) {
                if (notice.warning()) {
                    texts.warn(notice.messageKey(), notice.arguments().toArray());
                } else {
                    texts.info(notice.messageKey(), notice.arguments().toArray());
                }
            }
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/app/records/view.xhtml?type=" + outcome.recordType() + "&id=" + outcome.recordId());
        } catch (RuntimeException e) {
            messages.show(e, getRecordType());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String getPendingCommand() {
        return pendingCommand;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Pages of its own the record type links to from here. */
    public List<com.tianzong.crm.platform.records.RecordAction> getActions() {
        return record == null ? List.of() : getRecordType().actions();
    }

    /** The related lists the user shows, in the user's order, each a tab after the field groups. */
    public List<RelatedList> getRelatedLists() {
        return shownTabs;
    }

    /** Whether the user may create records of a related list's row type (the tab then offers "新建"). */
    public boolean canCreate(String rowType) {
        if (creatable == null) {
            creatable = new HashMap<>();
        }
        // asked for every row of every tab while the page renders: each service call is a transaction of its own
        return creatable.computeIfAbsent(rowType, name -> recordTypes().find(name)
                .map(type -> type.service().allowedActions().contains(com.tianzong.crm.platform.security.PermissionAction.CREATE))
                .orElse(false));
    }

    /** The rows of a related list, read once per request (the service applies permission and scope). */
    public List<?> relatedRows(String listName) {
        if (related == null) {
            related = new HashMap<>();
        }
        return related.computeIfAbsent(listName, name -> record == null ? List.of() : service().related(record.getId(), name));
    }

    /** The record's audit trail, newest first, for the History tab. */
    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = record == null ? List.of() : auditTrail.history(getType(), record.getId());
        }
        return history;
    }

    public TenantRecord getRecord() {
        return record;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
