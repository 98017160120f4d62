package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.commission.CommissionBaseSource;
import com.tianzong.crm.salesforce.domain.commission.CommissionRecord;
import com.tianzong.crm.salesforce.domain.commission.CommissionRule;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * Commission records (ORG-08): a rep, a rule and a month are chosen; the base comes from the
 * sales module ({@link CommissionBaseSource}) and the rule's calculator makes the commission,
 * each time the draft is saved or worked out again. A manager approves it (APPROVE); an approved
 * record refuses every change and deletion. One record per rep, rule and month.
 */
@Stateless
@TenantAware
public class CommissionRecordService extends AbstractRecordService<CommissionRecord> {

    public static final String RECOMPUTE = "recompute";
    public static final String APPROVE = "approve";

    @Inject
    CommissionRecordRecordType type;

    @Inject
    Instance<CommissionBaseSource> bases;

    @Override
    protected RecordType<CommissionRecord> type() {
        return type;
    }

    @Override
    public CommissionRecord newRecord() {
        return new CommissionRecord();
    }

    /** A commission record belongs to its rep, whoever works it out. */
    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    @Override
    protected void checkRules(CommissionRecord record) {
        CommissionRecord stored = record.isNew() ? null : em.find(CommissionRecord.class, record.getId());
        if (stored != null && stored.isApproved()) {
            throw new BusinessRuleException("commission.approved", null);
        }
        if (record.getRep() == null || record.getRule() == null || record.getPeriodStart() == null) {
            return;
        }
        SalesRep rep = em.find(SalesRep.class, record.getRep().getId());
        record.assignTo(rep.getOwner(), rep.getDepartment());
        record.coverMonthOf(record.getPeriodStart());
        long same = em.createQuery("""
                        select count(c) from CommissionRecord c
                        where c.rep = :rep and c.rule = :rule and c.periodStart = :start and c.id <> :id""", Long.class)
                .setParameter("rep", rep).setParameter("rule", record.getRule()).setParameter("start", record.getPeriodStart())
                .setParameter("id", record.isNew() ? -1L : record.getId())
                .getSingleResult();
        if (same > 0) {
            throw new BusinessRuleException("commission.duplicate", "periodStart", rep.getName(), record.getPeriodStart().toString());
        }
        compute(record, rep);
    }

    @Override
    protected void checkDeletable(CommissionRecord record) {
        if (record.isApproved()) {
            throw new BusinessRuleException("commission.approved", null);
        }
    }

    @Override
    protected boolean commandAvailable(CommissionRecord record, String command) {
        return (RECOMPUTE.equals(command) || APPROVE.equals(command)) && !record.isApproved();
    }

    @Override
    protected CommandOutcome carryOut(CommissionRecord record, RecordCommand command, String reason) {
        switch (command.name()) {
            case RECOMPUTE -> compute(record, em.find(SalesRep.class, record.getRep().getId()));
            case APPROVE -> {
                compute(record, em.find(SalesRep.class, record.getRep().getId()));
                record.approve(actor(), OffsetDateTime.now());
            }
            default -> throw new IllegalArgumentException(command.name());
        }
        return CommandOutcome.show(type.name(), record.getId())
                .with(CommandOutcome.Notice.of("commission.calculated", record.getBaseAmount().toPlainString(),
                        record.getCommission().toPlainString()));
    }

    /**
     * The rep's commission records for the month under every active rule that applies to him:
     * made where missing, worked out again where still drafts, approved ones left as they are.
     * Returns how many were made or worked out.
     */
    public int workOutMonth(SalesRep rep, YearMonth month) {
        int worked = 0;
        SalesRep file = em.find(SalesRep.class, rep.getId());
        for (CommissionRuleRecord stored : em.createQuery("select r from CommissionRuleRecord r where r.active = true order by r.code",
                CommissionRuleRecord.class).getResultList()) {
            String category = stored.getProductCategory() == null ? null : stored.getProductCategory().getCode();
            CommissionRule rule = stored.toRule(null);
            boolean applies = rule.appliesTo(month.atDay(1), category, file.getGrade())
                    || rule.appliesTo(month.atEndOfMonth(), category, file.getGrade());
            if (!applies) {
                continue;
            }
            CommissionRecord record = em.createQuery("select c from CommissionRecord c where c.rep = :rep and c.rule = :rule"
                            + " and c.periodStart = :start", CommissionRecord.class)
                    .setParameter("rep", file).setParameter("rule", stored).setParameter("start", month.atDay(1))
                    .getResultStream().findFirst().orElse(null);
            if (record != null && record.isApproved()) {
                continue;
            }
            if (record == null) {
                record = newRecord();
                record.setRep(file);
                record.setRule(stored);
                record.setPeriodStart(month.atDay(1));
            }
            save(record);
            worked++;
        }
        return worked;
    }

    /** The rule's commission on the rep's base for the month; refused for a rule that does not apply to the rep or month. */
    private void compute(CommissionRecord record, SalesRep rep) {
        CommissionRuleRecord stored = em.find(CommissionRuleRecord.class, record.getRule().getId());
        CommissionRule rule = stored.toRule(null).validated();
        String category = stored.getProductCategory() == null ? null : stored.getProductCategory().getCode();
        if (!stored.isActive() || !rule.appliesTo(record.getPeriodStart(), category, rep.getGrade())
                && !rule.appliesTo(record.getPeriodEnd(), category, rep.getGrade())) {
            throw new BusinessRuleException("commission.ruleDoesNotApply", "rule", stored.getCode(), rep.getName());
        }
        BigDecimal base = BigDecimal.ZERO.setScale(CommissionRule.AMOUNT_SCALE);
        for (CommissionBaseSource source : bases) {
            base = base.add(source.base(rule.basis(), rep, category, record.getPeriodStart(), record.getPeriodEnd()));
        }
        record.calculated(rule, base);
    }
}
