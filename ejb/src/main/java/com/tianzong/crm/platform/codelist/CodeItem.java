package com.tianzong.crm.platform.codelist;

import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** One value of a code list, with its label in each UI language. */
@Entity
@Table(name = "code_item")
@NamedQuery(name = "CodeItem.findByList",
        query = "select c from CodeItem c where c.listCode = :list order by c.sortOrder, c.code")
@NamedQuery(name = "CodeItem.listCodes", query = "select distinct c.listCode from CodeItem c order by c.listCode")
@NamedQuery(name = "CodeItem.findActiveByList",
        query = "select c from CodeItem c where c.listCode = :list and c.active = true order by c.sortOrder, c.code")
public class CodeItem extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "list_code", nullable = false)
    private String listCode;

    @Column(name = "code", nullable = false)
    private String code;

    @Embedded
    private LocalizedName name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected CodeItem() {
    }

    public CodeItem(String listCode, String code, LocalizedName name, int sortOrder) {
        this.listCode = listCode;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public void change(LocalizedName newName, int newSortOrder) {
        this.name = newName;
        this.sortOrder = newSortOrder;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public LocalizedName getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    /** As the audit trail shows it. */
    public java.util.Map<String, String> snapshot() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("code", listCode + "." + code);
        fields.put("nameZhCn", name.in(Locale.SIMPLIFIED_CHINESE));
        fields.put("nameZhTw", name.in(Locale.TRADITIONAL_CHINESE));
        fields.put("nameEn", name.in(Locale.ENGLISH));
        fields.put("sortOrder", Integer.toString(sortOrder));
        fields.put("active", Boolean.toString(active));
        return fields;
    }

    public String getListCode() {
        return listCode;
    }

    public String getCode() {
        return code;
    }

    /** The label in the user's language. */
    public String label(Locale locale) {
        return name.in(locale);
    }
}
