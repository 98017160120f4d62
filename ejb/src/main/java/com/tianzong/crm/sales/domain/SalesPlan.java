package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.LineDocument;
import com.tianzong.crm.platform.security.OwnedRecord;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales plan (销售计划, SAL-02) of a year for a department or for one rep: the planned net sales
 * of each month, and beside them what was sold (from the sales module: invoices and cash sales
 * less refunded returns, of the department and those below it, or of the rep), the totals and
 * the attainment. The twelve months are fixed; only their planned amounts are entered.
 */
@Entity
@Table(name = "sales_plan")
public class SalesPlan extends OwnedRecord implements LineDocument {

    private static final long serialVersionUID = 1L;

    public static final int MONTHS = 12;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @NotNull
    @Min(2000)
    @Max(2100)
    @Column(name = "plan_year", nullable = false)
    private Integer planYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rep_id")
    private SalesRep rep;

    @Column(name = "planned_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal plannedTotal = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "actual_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal actualTotal = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "attainment", precision = 9, scale = 1)
    private BigDecimal attainment;

    @Column(name = "actuals_at")
    private OffsetDateTime actualsAt;

    @Size(max = 500)
    @Column(name = "note", nullable = false)
    private String note = "";

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("month ASC")
    private List<SalesPlanLine> lines = new ArrayList<>();

    public SalesPlan() {
        for (int month = 1; month <= MONTHS; month++) {
            lines.add(new SalesPlanLine(this, month));
        }
    }

    /** Spreads a yearly amount over the months, the fen left over going to December. */
    public void spreadEvenly(BigDecimal yearly) {
        BigDecimal month = yearly.divide(BigDecimal.valueOf(MONTHS), SalesLine.MONEY_SCALE, RoundingMode.DOWN);
        for (SalesPlanLine line : lines) {
            line.setPlanned(month);
        }
        lines.get(MONTHS - 1).setPlanned(yearly.subtract(month.multiply(BigDecimal.valueOf(MONTHS - 1L))));
        recalculate();
    }

    /** What was sold in each month (12 amounts, January first), worked out at {@code at}. */
    public void actuals(List<BigDecimal> sold, OffsetDateTime at) {
        if (sold.size() != MONTHS) {
            throw new IllegalArgumentException("twelve months, not " + sold.size());
        }
        for (int i = 0; i < MONTHS; i++) {
            lines.get(i).setActual(sold.get(i).setScale(SalesLine.MONEY_SCALE, RoundingMode.HALF_UP));
        }
        actualsAt = at;
        recalculate();
    }

    /** Refuses a month planned below zero. */
    public void checkLines() {
        for (SalesPlanLine line : lines) {
            if (line.getPlanned() == null || line.getPlanned().signum() < 0) {
                throw new BusinessRuleException("salesPlan.plannedNegative", "lines", Integer.toString(line.getMonth()));
            }
        }
    }

    @Override
    public List<SalesPlanLine> getLines() {
        return lines;
    }

    /** The months are fixed. */
    @Override
    public void addLine() {
        throw new UnsupportedOperationException("a plan has its twelve months");
    }

    /** The months are fixed. */
    @Override
    public void removeLine(int index) {
        throw new UnsupportedOperationException("a plan has its twelve months");
    }

    @Override
    public boolean isLinesFixed() {
        return true;
    }

    /** Each month's attainment, the totals and the year's attainment (none while nothing is planned). */
    @Override
    public void recalculate() {
        BigDecimal planned = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);
        BigDecimal actual = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);
        for (SalesPlanLine line : lines) {
            line.recalculate();
            planned = planned.add(line.getPlanned() == null ? BigDecimal.ZERO : line.getPlanned());
            actual = actual.add(line.getActual());
        }
        plannedTotal = planned;
        actualTotal = actual;
        attainment = attainment(actual, planned);
    }

    static BigDecimal attainment(BigDecimal actual, BigDecimal planned) {
        return planned == null || planned.signum() == 0 ? null
                : actual.multiply(HUNDRED).divide(planned, 1, RoundingMode.HALF_UP);
    }

    @Override
    public boolean isLinesEditable() {
        return true;
    }

    public Integer getPlanYear() {
        return planYear;
    }

    public void setPlanYear(Integer planYear) {
        this.planYear = planYear;
    }

    public SalesRep getRep() {
        return rep;
    }

    public void setRep(SalesRep rep) {
        this.rep = rep;
    }

    public BigDecimal getPlannedTotal() {
        return plannedTotal;
    }

    public BigDecimal getActualTotal() {
        return actualTotal;
    }

    public BigDecimal getAttainment() {
        return attainment;
    }

    public OffsetDateTime getActualsAt() {
        return actualsAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }
}
