package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.CodeListAdministration;
import com.tianzong.crm.platform.codelist.CodeItem;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The company's code lists (TEN-02): one list at a time; add, rename, reorder, retire, restore. */
@Named("codeListAdmin")
@ViewScoped
public class CodeListAdminBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "codeForm";

    @EJB
    transient CodeListAdministration administration;

    @EJB
    transient Permissions permissions;

    @Inject
    transient Texts texts;

    private boolean editable;
    private String list;
    private List<String> lists = List.of();
    private transient List<CodeItem> items;
    private Long editingId;
    private String code;
    private String simplified;
    private String traditional;
    private String english;
    private int sortOrder;

    public void load() {
        if (!permissions.allowed(CodeListAdministration.MODULE, PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        editable = permissions.allowed(CodeListAdministration.MODULE, PermissionAction.EDIT);
        lists = administration.lists();
        if (list == null || !lists.contains(list)) {
            list = lists.isEmpty() ? null : lists.get(0);
        }
    }

    public List<CodeItem> getItems() {
        if (items == null) {
            items = list == null ? List.of() : administration.items(list);
        }
        return items;
    }

    public String label(CodeItem item, String language) {
        return item.label(Locale.forLanguageTag(language));
    }

    public void startAdd() {
        editingId = null;
        code = null;
        simplified = null;
        traditional = null;
        english = null;
        sortOrder = getItems().stream().mapToInt(CodeItem::getSortOrder).max().orElse(0) + 10;
    }

    public void startEdit(CodeItem item) {
        editingId = item.getId();
        code = item.getCode();
        simplified = label(item, "zh-CN");
        traditional = label(item, "zh-TW");
        english = label(item, "en");
        sortOrder = item.getSortOrder();
    }

    public void save() {
        try {
            if (editingId == null) {
                administration.add(list, code, simplified, traditional, english, sortOrder);
            } else {
                administration.change(editingId, simplified, traditional, english, sortOrder);
            }
            texts.info("codelist.saved", simplified);
            items = null;
        } catch (BusinessRuleException rule) {
            refuseInDialog(DIALOG, texts.get(rule.getMessageKey(), rule.getArguments().toArray()));
        } catch (PermissionDeniedException denied) {
            refuseInDialog(DIALOG, texts.get("record.noPermission"));
        }
    }

    public void retire(CodeItem item) {
        act(() -> administration.retire(item.getId()), "codelist.retired", label(item, "zh-CN"));
    }

    public void restore(CodeItem item) {
        act(() -> administration.restore(item.getId()), "codelist.restored", label(item, "zh-CN"));
    }

    private void act(Runnable action, String key, String itemName) {
        try {
            action.run();
            texts.info(key, itemName);
        } catch (PermissionDeniedException denied) {
            texts.error("record.noPermission");
        } finally {
            items = null;
        }
    }


    public boolean isEditable() {
        return editable;
    }

    public boolean isAdding() {
        return editingId == null;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public List<String> getLists() {
        return lists;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSimplified() {
        return simplified;
    }

    public void setSimplified(String simplified) {
        this.simplified = simplified;
    }

    public String getTraditional() {
        return traditional;
    }

    public void setTraditional(String traditional) {
        this.traditional = traditional;
    }

    public String getEnglish() {
        return english;
    }

    public void setEnglish(String english) {
        this.english = english;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
