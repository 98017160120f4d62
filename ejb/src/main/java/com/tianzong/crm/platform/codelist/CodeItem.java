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
