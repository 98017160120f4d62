package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One user's arrangement of the related tabs of one record type's 360 view (PLT-06): the order of
 * the tabs and the ones the user has taken away. Tabs the user has never arranged (a module that
 * landed since) are shown, after the arranged ones.
 */
@Entity
@Table(name = "record_view_layout")
@NamedQuery(name = "RecordViewLayout.find",
        query = "select l from RecordViewLayout l where l.user = :user and l.recordType = :recordType")
public class RecordViewLayout extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "tab_order", nullable = false)
    private String tabOrder = "";

    @Column(name = "hidden_tabs", nullable = false)
    private String hiddenTabs = "";

    protected RecordViewLayout() {
    }

    public RecordViewLayout(UserAccount user, String recordType) {
        this.user = user;
        this.recordType = recordType;
    }

    public void arrange(List<String> order, List<String> hidden) {
        this.tabOrder = String.join(",", order);
        this.hiddenTabs = String.join(",", hidden);
    }

    public List<String> getTabOrder() {
        return split(tabOrder);
    }

    public List<String> getHiddenTabs() {
        return split(hiddenTabs);
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? List.of() : Arrays.asList(names.split(","));
    }
}
