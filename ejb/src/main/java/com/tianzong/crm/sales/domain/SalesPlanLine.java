package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A month of a sales plan: planned and sold net sales, and the attainment. */
@Entity
@Table(name = "sales_plan_line")
public class SalesPlanLine extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private SalesPlan plan;

    @Column(name = "month", nullable = false, updatable = false)
    private int month;

    @Column(name = "planned", nullable = false, precision = 18, scale = 2)
    private BigDecimal planned = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "actual", nullable = false, precision = 18, scale = 2)
    private BigDecimal actual = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "attainment", precision = 9, scale = 1)
    private BigDecimal attainment;

    protected SalesPlanLine() {
    }

    SalesPlanLine(SalesPlan plan, int month) {
        this.plan = plan;
        this.month = month;
    }

    void recalculate() {
        attainment = SalesPlan.attainment(actual, planned);
    }

    public SalesPlan getPlan() {
        return plan;
    }

    public int getMonth() {
        return month;
    }

    public BigDecimal getPlanned() {
        return planned;
    }

    public void setPlanned(BigDecimal planned) {
        this.planned = planned == null ? null : planned.setScale(SalesLine.MONEY_SCALE, java.math.RoundingMode.HALF_UP);
    }

    public BigDecimal getActual() {
        return actual;
    }

    void setActual(BigDecimal actual) {
        this.actual = actual;
    }

    public BigDecimal getAttainment() {
        return attainment;
    }
}
