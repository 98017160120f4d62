package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.notification.Notifications;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.quota.Quota;
import com.tianzong.crm.salesforce.domain.quota.QuotaVerdict;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The quota check every module calls (BAS-02, ORG-02, ORG-05): expense claims, orders and hiring
 * say what kind of quota their change touches, for which organisation (and rep) and day, and how
 * much of a quota's scope is in use once the change is made. Every quota that applies — the
 * rep's own, and those of the rep's organisation and the organisations above it — is checked;
 * one that is exceeded raises an alarm: on the screen of the user making the change and in the
 * notification lists of that user, the rep and the managers of the quota's organisation. The
 * check never refuses by itself: the calling module decides whether an exceeded quota blocks.
 */
@Stateless
@TenantAware
public class QuotaChecks {

    private static final Set<String> MANAGING_ROLES = Set.of("SALES_MANAGER", "SALES_DIRECTOR");

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Notifications notifications;

    @EJB
    UserAccounts userAccounts;

    @Inject
    CurrentTenant currentTenant;

    /**
     * Checks the quotas of {@code kind} that apply on {@code day} to the organisation and, if given,
     * the rep; {@code usage} tells how much of a quota's scope is in use with the change.
     */
    public List<QuotaVerdict> check(String kind, Department department, SalesRep rep, LocalDate day, Function<Quota, BigDecimal> usage) {
        List<QuotaVerdict> verdicts = new ArrayList<>();
        for (Quota quota : applicable(kind, department, rep, day)) {
            QuotaVerdict verdict = quota.verdict(usage.apply(quota));
            verdicts.add(verdict);
            if (verdict.exceeded()) {
                alarm(quota, verdict);
            }
        }
        return verdicts;
    }

    /**
     * Head count (ORG-02): the reps employed on {@code day} in each applicable organisation's
     * branch (of the quota's grade, if it names one), checked after a hire, a move or a return.
     */
    public List<QuotaVerdict> checkHeadCount(Department department, LocalDate day) {
        return check(Quota.HEAD_COUNT, department, null, day, quota -> BigDecimal.valueOf(employedIn(quota, day)));
    }

    private long employedIn(Quota quota, LocalDate day) {
        List<SalesRep> reps = em.createQuery("select r from SalesRep r where r.hireDate <= :day and (r.leaveDate is null or r.leaveDate > :day)",
                        SalesRep.class)
                .setParameter("day", day)
                .getResultList();
        return reps.stream()
                .filter(rep -> quota.getDepartment().contains(rep.getDepartment()))
                .filter(rep -> quota.getGrade() == null || quota.getGrade().equals(rep.getGrade()))
                .filter(rep -> !SalesRep.LEFT.equals(rep.getStatus()))
                .count();
    }

    /** The quotas of the kind on the day: the rep's own, and those of the organisation and every one above it. */
    private List<Quota> applicable(String kind, Department department, SalesRep rep, LocalDate day) {
        List<Quota> quotas = em.createQuery("""
                        select q from Quota q
                        where q.kind = :kind and q.periodStart <= :day and q.periodEnd >= :day""", Quota.class)
                .setParameter("kind", kind)
                .setParameter("day", day)
                .getResultList();
        return quotas.stream()
                .filter(quota -> quota.isPersonal()
                        ? rep != null && quota.getRep().equals(rep)
                        : department != null && quota.getDepartment().contains(department))
                .filter(quota -> quota.isPersonal() || quota.getGrade() == null || rep == null || quota.getGrade().equals(rep.getGrade()))
                .toList();
    }

    private void alarm(Quota quota, QuotaVerdict verdict) {
        List<UserAccount> recipients = new ArrayList<>();
        currentTenant.currentUser().flatMap(user -> userAccounts.findByUsername(user.username())).ifPresent(recipients::add);
        if (quota.isPersonal()) {
            recipients.add(quota.getRep().getOwner());
        }
        recipients.addAll(managersOf(quota.getDepartment()));
        String target = quota.isPersonal() ? quota.getRep().getName() : quota.getDepartment().getName();
        notifications.alarm(recipients, "alarm.quota.exceeded." + quota.getKind(),
                List.of(target, quota.getPeriodStart() + " ~ " + quota.getPeriodEnd(), plain(verdict.limit()), plain(verdict.used()),
                        plain(verdict.excess())),
                "/app/records/view.xhtml?type=quota&id=" + quota.getId());
    }

    /** The sales managers and directors of the organisation and of those above it. */
    private List<UserAccount> managersOf(Department department) {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList().stream()
                .filter(UserAccount::isEnabled)
                .filter(user -> user.getDepartment() != null && user.getDepartment().contains(department))
                .filter(user -> user.roles().stream().anyMatch(MANAGING_ROLES::contains))
                .toList();
    }

    private static String plain(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(amount);
    }
}
