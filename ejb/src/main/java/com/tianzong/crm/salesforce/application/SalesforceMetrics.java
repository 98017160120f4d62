package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.calendar.WorkCalendar;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.TrainingRecord;
import com.tianzong.crm.salesforce.domain.assessment.MetricDefinition;
import com.tianzong.crm.salesforce.domain.assessment.MetricSource;
import com.tianzong.crm.salesforce.domain.quota.Quota;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The sales organisation's metrics: a rep's sales and expense targets (his own quotas; a quota
 * that only partly falls in the period counts by its share of days), his working days (while
 * employed, by the company's working calendar: Monday to Friday, less its days off, plus the
 * weekend days worked in exchange) and his training.
 */
@Stateless
@Local(MetricSource.class)
@TenantAware
public class SalesforceMetrics implements MetricSource {

    public static final String SALES_TARGET = "SALES_TARGET";
    public static final String EXPENSE_QUOTA = "EXPENSE_QUOTA";
    public static final String WORKING_DAYS = "WORKING_DAYS";
    public static final String TRAINING_HOURS = "TRAINING_HOURS";
    public static final String TRAINING_COUNT = "TRAINING_COUNT";

    private static final Set<String> TRAINED = Set.of("PASSED", "ATTENDED");

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    WorkCalendar calendar;

    @Override
    public List<MetricDefinition> definitions() {
        return List.of(new MetricDefinition(SALES_TARGET), new MetricDefinition(EXPENSE_QUOTA),
                new MetricDefinition(WORKING_DAYS), new MetricDefinition(TRAINING_HOURS),
                new MetricDefinition(TRAINING_COUNT));
    }

    @Override
    public BigDecimal value(String code, SalesRep rep, LocalDate from, LocalDate to) {
        return switch (code) {
            case SALES_TARGET -> quotaShare(Quota.SALES_AMOUNT, rep, from, to);
            case EXPENSE_QUOTA -> quotaShare(Quota.EXPENSE, rep, from, to);
            case WORKING_DAYS -> BigDecimal.valueOf(workingDays(rep, from, to));
            case TRAINING_HOURS -> trainings(rep, from, to).stream().filter(record -> TRAINED.contains(record.getResult()))
                    .map(TrainingRecord::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
            case TRAINING_COUNT -> BigDecimal.valueOf(trainings(rep, from, to).stream()
                    .filter(record -> TRAINED.contains(record.getResult())).count());
            default -> throw new IllegalArgumentException("no metric " + code);
        };
    }

    /** The rep's own quotas of the kind over the period, each by the share of its days that fall in it. */
    private BigDecimal quotaShare(String kind, SalesRep rep, LocalDate from, LocalDate to) {
        List<Quota> quotas = em.createQuery("""
                        select q from Quota q where q.rep = :rep and q.kind = :kind and q.periodStart <= :to and q.periodEnd >= :from""",
                        Quota.class)
                .setParameter("rep", rep).setParameter("kind", kind).setParameter("from", from).setParameter("to", to)
                .getResultList();
        BigDecimal total = BigDecimal.ZERO;
        for (Quota quota : quotas) {
            long quotaDays = ChronoUnit.DAYS.between(quota.getPeriodStart(), quota.getPeriodEnd()) + 1;
            LocalDate start = quota.getPeriodStart().isAfter(from) ? quota.getPeriodStart() : from;
            LocalDate end = quota.getPeriodEnd().isBefore(to) ? quota.getPeriodEnd() : to;
            long inPeriod = ChronoUnit.DAYS.between(start, end) + 1;
            total = total.add(quota.getLimitAmount().multiply(BigDecimal.valueOf(inPeriod))
                    .divide(BigDecimal.valueOf(quotaDays), 10, RoundingMode.HALF_UP));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Working days by the company's calendar, from the later of the period's start and the hire
     * date, until the period ends or the rep leaves.
     */
    private long workingDays(SalesRep rep, LocalDate from, LocalDate to) {
        LocalDate start = rep.getHireDate().isAfter(from) ? rep.getHireDate() : from;
        LocalDate end = rep.getLeaveDate() != null && !rep.getLeaveDate().isAfter(to) ? rep.getLeaveDate().minusDays(1) : to;
        return calendar.workingDays(start, end);
    }

    private List<TrainingRecord> trainings(SalesRep rep, LocalDate from, LocalDate to) {
        return em.createQuery("select t from TrainingRecord t where t.rep = :rep and t.trainingDate between :from and :to",
                        TrainingRecord.class)
                .setParameter("rep", rep).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
