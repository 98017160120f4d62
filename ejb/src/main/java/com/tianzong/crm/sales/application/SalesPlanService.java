package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CashSale;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import com.tianzong.crm.sales.domain.ReturnResolution;
import com.tianzong.crm.sales.domain.ReturnStatus;
import com.tianzong.crm.sales.domain.SalesLine;
import com.tianzong.crm.sales.domain.SalesPlan;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales plans (SAL-02): a year's plan for a department, or for a rep (then it lies with the rep
 * and the rep's department). Each save works the actuals out again; "refresh" does it on demand.
 * A department's actuals are the sales of the documents of the department and every department
 * below it; a rep's those of the documents that belong to the rep. One plan a year for each
 * department as a whole and for each rep.
 */
@Stateless
@TenantAware
public class SalesPlanService extends AbstractRecordService<SalesPlan> {

    public static final String REFRESH = "refresh";

    @Inject
    SalesPlanRecordType type;

    @EJB
    CompanyProfiles companyProfiles;

    @Override
    protected RecordType<SalesPlan> type() {
        return type;
    }

    @Override
    public SalesPlan newRecord() {
        SalesPlan plan = new SalesPlan();
        plan.setPlanYear(companyProfiles.today().getYear());
        return plan;
    }

    /** A plan belongs to its rep, or to whoever made it for a department. */
    @Override
    protected boolean ownedByCreatorByDefault() {
        return true;
    }

    @Override
    protected void checkRules(SalesPlan plan) {
        if (plan.getRep() != null) {
            SalesRep rep = em.find(SalesRep.class, plan.getRep().getId());
            plan.setRep(rep);
            plan.assignTo(rep.getOwner(), rep.getDepartment());
        }
        if (plan.getDepartment() == null) {
            throw new BusinessRuleException("salesPlan.subjectMissing", "department");
        }
        plan.checkLines();
        if (plan.getPlanYear() != null) {
            var query = plan.getRep() != null
                    ? em.createQuery("select count(p) from SalesPlan p where p.planYear = :year and p.id <> :id and p.rep = :rep", Long.class)
                            .setParameter("rep", plan.getRep())
                    : em.createQuery("select count(p) from SalesPlan p where p.planYear = :year and p.id <> :id and p.rep is null"
                            + " and p.department = :department", Long.class)
                            .setParameter("department", plan.getDepartment());
            long same = query.setParameter("year", plan.getPlanYear()).setParameter("id", plan.isNew() ? -1L : plan.getId()).getSingleResult();
            if (same > 0) {
                throw new BusinessRuleException("salesPlan.duplicate", "planYear", Integer.toString(plan.getPlanYear()),
                        plan.getRep() != null ? plan.getRep().getName() : plan.getDepartment().getName());
            }
            refresh(plan);
        }
    }

    @Override
    protected boolean commandAvailable(SalesPlan plan, String command) {
        return REFRESH.equals(command);
    }

    @Override
    protected CommandOutcome carryOut(SalesPlan plan, RecordCommand command, String reason) {
        refresh(plan);
        return CommandOutcome.show(type.name(), plan.getId())
                .with(CommandOutcome.Notice.of("salesPlan.refreshed", plan.getActualTotal().toPlainString(),
                        plan.getAttainment() == null ? "—" : plan.getAttainment().toPlainString()));
    }

    /** What the plan's department (and those below it) or rep sold in each month of its year. */
    private void refresh(SalesPlan plan) {
        UserAccount owner = plan.getRep() == null ? null : plan.getRep().getOwner();
        List<Long> departments = List.of();
        if (owner == null) {
            Department top = em.find(Department.class, plan.getDepartment().getId());
            departments = em.createQuery("select d from Department d", Department.class).getResultList().stream()
                    .filter(top::contains).map(Department::getId).toList();
        }
        plan.actuals(monthlySales(plan.getPlanYear(), owner, departments), OffsetDateTime.now());
    }

    /**
     * The sales amount (net of VAT: invoices and cash sales less refunded returns, by document
     * date, as the commission bases and the SALES_ACTUAL metric count it) of each month of the
     * year, January first, of the documents that belong to {@code owner} or, when it is null,
     * that lie in one of the departments.
     */
    List<BigDecimal> monthlySales(int year, UserAccount owner, Collection<Long> departments) {
        BigDecimal[] months = new BigDecimal[SalesPlan.MONTHS];
        Arrays.fill(months, BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE));
        if (owner == null && departments.isEmpty()) {
            return List.of(months);
        }
        String who = owner != null ? "d.owner = :who" : "d.department.id in :who";
        Map<String, Integer> signs = new LinkedHashMap<>();
        signs.put("select d.documentDate, sum(d.netTotal) from Invoice d where " + who
                + " and d.status <> '" + InvoiceStatus.DRAFT.name() + "'", 1);
        signs.put("select d.documentDate, sum(d.netTotal) from CashSale d where " + who
                + " and d.status = '" + CashSale.PAID + "'", 1);
        signs.put("select d.documentDate, sum(d.netTotal) from SalesReturn d where " + who
                + " and d.status = '" + ReturnStatus.POSTED.name() + "' and d.resolution = '" + ReturnResolution.REFUND.name() + "'", -1);
        Object whom = owner != null ? owner : departments;
        signs.forEach((jpql, sign) -> em.createQuery(jpql + " and d.documentDate between :from and :to group by d.documentDate", Object[].class)
                .setParameter("who", whom)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList()
                .forEach(row -> {
                    int month = ((LocalDate) row[0]).getMonthValue() - 1;
                    BigDecimal amount = (BigDecimal) row[1];
                    months[month] = months[month].add(sign > 0 ? amount : amount.negate());
                }));
        return List.of(months);
    }
}
