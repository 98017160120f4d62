package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.quota.Quota;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Quotas (BAS-02, ORG-02, ORG-05). A quota is either an organisation's or a rep's (then it
 * belongs to the rep and lies in the rep's organisation); a head count is a whole number and has
 * no expense or product category; an expense category narrows only expense quotas; two quotas of
 * the same kind and scope never overlap in time, so a check always finds one limit.
 */
@Stateless
@TenantAware
public class QuotaService extends AbstractRecordService<Quota> {

    @Inject
    QuotaRecordType type;

    @Override
    protected RecordType<Quota> type() {
        return type;
    }

    @Override
    public Quota newRecord() {
        return new Quota();
    }

    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    @Override
    protected void checkRules(Quota quota) {
        if (quota.getRep() != null) {
            SalesRep rep = em.find(SalesRep.class, quota.getRep().getId());
            quota.assignTo(rep.getOwner(), rep.getDepartment());
        } else if (quota.getDepartment() != null) {
            quota.assignTo(null, quota.getDepartment());
        } else {
            throw new BusinessRuleException("quota.target.missing", "department");
        }
        if (quota.getPeriodStart() != null && quota.getPeriodEnd() != null && quota.getPeriodEnd().isBefore(quota.getPeriodStart())) {
            throw new BusinessRuleException("quota.period.reversed", "periodEnd", quota.getPeriodStart().toString());
        }
        if (Quota.HEAD_COUNT.equals(quota.getKind())) {
            if (quota.getLimitAmount() != null && quota.getLimitAmount().stripTrailingZeros().scale() > 0) {
                throw new BusinessRuleException("quota.headCount.whole", "limitAmount", quota.getLimitAmount().toPlainString());
            }
            if (quota.getExpenseCategory() != null || quota.getProductCategory() != null) {
                throw new BusinessRuleException("quota.headCount.noCategory", "kind");
            }
        }
        if (quota.getExpenseCategory() != null && !Quota.EXPENSE.equals(quota.getKind())) {
            throw new BusinessRuleException("quota.expenseCategory.onlyExpense", "expenseCategory");
        }
        if (quota.getLimitAmount() != null && quota.getLimitAmount().signum() < 0) {
            throw new BusinessRuleException("quota.limit.negative", "limitAmount");
        }
        if (quota.getPeriodStart() != null && quota.getPeriodEnd() != null && overlapsAnother(quota)) {
            throw new BusinessRuleException("quota.overlaps", "periodStart",
                    quota.getPeriodStart().toString(), quota.getPeriodEnd().toString());
        }
        if (quota.getLimitAmount() != null) {
            quota.setLimitAmount(quota.getLimitAmount().setScale(2, java.math.RoundingMode.UNNECESSARY));
        }
    }

    /** Another quota of the same kind for the same organisation or rep, grade and categories whose period meets this one's. */
    private boolean overlapsAnother(Quota quota) {
        return em.createQuery("""
                        select q from Quota q
                        where q.kind = :kind and q.department = :department
                          and q.periodStart <= :end and q.periodEnd >= :start""", Quota.class)
                .setParameter("kind", quota.getKind())
                .setParameter("department", quota.getDepartment())
                .setParameter("start", quota.getPeriodStart())
                .setParameter("end", quota.getPeriodEnd())
                .getResultStream()
                .filter(other -> !other.equals(quota))
                .anyMatch(other -> Objects.equals(id(other.getRep()), id(quota.getRep()))
                        && Objects.equals(other.getGrade(), quota.getGrade())
                        && Objects.equals(other.getExpenseCategory(), quota.getExpenseCategory())
                        && Objects.equals(id(other.getProductCategory()), id(quota.getProductCategory())));
    }

    private static Long id(com.tianzong.crm.platform.persistence.TenantRecord record) {
        return record == null ? null : record.getId();
    }
}
