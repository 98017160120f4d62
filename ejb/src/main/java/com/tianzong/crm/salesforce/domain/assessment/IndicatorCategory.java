package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category of qualitative indicators (工作态度, 销售技能 …), preset with every company. */
@Entity
@Table(name = "indicator_category")
public class IndicatorCategory extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name_zh_cn", nullable = false)
    private String nameZhCn;

    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public String getCode() {
        return code;
    }

    public String getNameZhCn() {
        return nameZhCn;
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public String toString() {
        return nameZhCn;
    }
}
