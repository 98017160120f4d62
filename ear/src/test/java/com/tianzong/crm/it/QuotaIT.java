package com.tianzong.crm.it;

import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.notification.Notification;
import com.tianzong.crm.platform.notification.Notifications;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.application.QuotaChecks;
import com.tianzong.crm.salesforce.application.QuotaService;
import com.tianzong.crm.salesforce.application.SalesRepService;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.quota.Quota;
import com.tianzong.crm.salesforce.domain.quota.QuotaVerdict;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * BAS-02, ORG-02, ORG-05: quotas on organisations and reps, the quota check any module calls
 * (exactly at the quota is within it, one cent over raises the alarm), the head-count alarm on
 * hiring, and the alarm in the notification lists of the people it concerns.
 */
@ExtendWith(ArquillianExtension.class)
class QuotaIT {

    private static final LocalDate NOVEMBER_START = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOVEMBER_END = LocalDate.of(2026, 11, 30);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);


    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    QuotaService quotas;

    @EJB
    QuotaChecks checks;

    @EJB
    SalesRepService reps;

    @EJB
    Notifications notifications;

    private TestCompany company;

    @BeforeEach
    void organisation() {
        company = TestCompany.create(provisioning, "it_quota");
        company.department("HQ", "总经理办公室", null);
        company.department("SALES", "销售中心", null);
        company.department("EAST", "华东销售部", "SALES");
        company.department("SOUTH", "华南销售部", "SALES");
        company.user("director", "赵志强", "SALES", "SALES_DIRECTOR");
        company.user("eastmanager", "李建国", "EAST", "SALES_MANAGER");
        company.user("southmanager", "黄海", "SOUTH", "SALES_MANAGER");
        company.user("zhangwei", "张伟", "EAST", "SALES_REP");
        company.user("liqiang", "李强", "EAST", "SALES_REP");
        company.user("wangfang", "王芳", "SOUTH", "SALES_REP");
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void BAS02_exactlyAtTheExpenseQuotaIsWithinAndOneCentOverRaisesTheAlarm() {
        company.as("director", () -> quotas.save(orgQuota(Quota.EXPENSE, "EAST", "5000.00")));
        SalesRep zhang = company.as("director", () -> reps.save(rep("TZ031", "张伟", "zhangwei", "EAST")));

        List<QuotaVerdict> atQuota = company.as("zhangwei",
                () -> checks.check(Quota.EXPENSE, east(), zhang, DAY, quota -> new BigDecimal("5000.00")));
        assertThat(atQuota).singleElement().satisfies(verdict -> assertThat(verdict.exceeded()).isFalse());
        assertThat(unread("eastmanager")).isZero();
        assertThat(unread("zhangwei")).isZero();

        List<QuotaVerdict> oneCentOver = company.as("zhangwei",
                () -> checks.check(Quota.EXPENSE, east(), zhang, DAY, quota -> new BigDecimal("5000.01")));
        assertThat(oneCentOver).singleElement().satisfies(verdict -> {
            assertThat(verdict.exceeded()).isTrue();
            assertThat(verdict.excess()).isEqualTo(new BigDecimal("0.01"));
        });
        assertThat(unread("zhangwei")).as("the user who made the change").isEqualTo(1);
        assertThat(unread("eastmanager")).as("the organisation's manager").isEqualTo(1);
        assertThat(unread("director")).as("the director above it").isEqualTo(1);
        assertThat(unread("southmanager")).as("another organisation's manager").isZero();
        Notification alarm = company.as("eastmanager", () -> notifications.mine(10)).get(0);
        assertThat(alarm.getMessageKey()).isEqualTo("alarm.quota.exceeded.EXPENSE");
        assertThat(alarm.getArguments()).containsExactly("华东销售部", "2026-11-01 ~ 2026-11-30", "5,000", "5,000.01", "0.01");

        assertThat(company.as("zhangwei", () -> checks.check(Quota.EXPENSE, east(), zhang, LocalDate.of(2026, 12, 1),
                quota -> new BigDecimal("99999.00")))).as("no quota covers December").isEmpty();
    }

    @Test
    void ORG05_aRepsOwnQuotaIsCheckedWithHisOrganisationsAndSeenByHimAndHisManagers() {
        SalesRep zhang = company.as("director", () -> reps.save(rep("TZ031", "张伟", "zhangwei", "EAST")));
        company.as("director", () -> reps.save(rep("TZ057", "王芳", "wangfang", "SOUTH")));
        Quota personal = repQuota(zhang, Quota.EXPENSE, "1200.00");
        Quota saved = company.as("eastmanager", () -> quotas.save(personal));
        assertThat(saved.getOwner().getUsername()).as("a rep's quota belongs to the rep").isEqualTo("zhangwei");
        assertThat(saved.getDepartment().getCode()).isEqualTo("EAST");
        company.as("director", () -> quotas.save(orgQuota(Quota.EXPENSE, "SALES", "30000.00")));

        assertThat(company.as("zhangwei", () -> quotas.count(PageRequest.firstPage(10)))).as("his own quota").isEqualTo(1);
        assertThat(company.as("wangfang", () -> quotas.count(PageRequest.firstPage(10)))).isZero();
        assertThat(company.as("eastmanager", () -> quotas.count(PageRequest.firstPage(10)))).isEqualTo(1);
        assertThat(company.as("director", () -> quotas.count(PageRequest.firstPage(10)))).isEqualTo(2);

        List<QuotaVerdict> verdicts = company.as("zhangwei", () -> checks.check(Quota.EXPENSE, east(), zhang, DAY,
                quota -> quota.isPersonal() ? new BigDecimal("1250.00") : new BigDecimal("18000.00")));
        assertThat(verdicts).extracting(QuotaVerdict::exceeded).containsExactlyInAnyOrder(true, false);
        assertThat(company.as("zhangwei", () -> notifications.mine(10))).extracting(Notification::getArguments)
                .containsExactly(List.of("张伟", "2026-11-01 ~ 2026-11-30", "1,200", "1,250", "50"));
    }

    @Test
    void ORG02_hiringBeyondTheHeadCountAlarmsTheManagersAndThePage() {
        LocalDate today = LocalDate.now();
        Quota thisMonth = orgQuota(Quota.HEAD_COUNT, "EAST", "1");
        thisMonth.setPeriodStart(today.withDayOfMonth(1));
        thisMonth.setPeriodEnd(today.withDayOfMonth(today.lengthOfMonth()));
        company.as("director", () -> quotas.save(thisMonth));

        company.as("eastmanager", () -> reps.save(rep("TZ031", "张伟", "zhangwei", "EAST")));
        assertThat(unread("eastmanager")).as("the first rep is within the head count").isZero();
        company.as("eastmanager", () -> reps.save(rep("TZ032", "李强", "liqiang", "EAST")));
        assertThat(unread("eastmanager")).as("the second is one over").isEqualTo(1);
        assertThat(company.as("director", () -> notifications.mine(10))).extracting(Notification::getMessageKey)
                .containsExactly("alarm.quota.exceeded.HEAD_COUNT");

        company.as("director", () -> notifications.markAllRead());
        assertThat(unread("director")).isZero();
        assertThat(unread("eastmanager")).as("each reads only his own list").isEqualTo(1);
        long othersNote = company.as("eastmanager", () -> notifications.mine(1)).get(0).getId();
        company.as("zhangwei", () -> notifications.markRead(othersNote));
        assertThat(unread("eastmanager")).isEqualTo(1);
    }

    @Test
    void ORG02_badQuotasAreRefusedWithTheReason() {
        assertRefused(() -> company.as("director", () -> quotas.save(orgQuota(Quota.HEAD_COUNT, "EAST", "2.5"))), "quota.headCount.whole");
        Quota travelSales = orgQuota(Quota.SALES_AMOUNT, "EAST", "500000.00");
        travelSales.setExpenseCategory("TRAVEL");
        assertRefused(() -> company.as("director", () -> quotas.save(travelSales)), "quota.expenseCategory.onlyExpense");
        Quota reversed = orgQuota(Quota.EXPENSE, "EAST", "100.00");
        reversed.setPeriodEnd(LocalDate.of(2026, 10, 31));
        assertRefused(() -> company.as("director", () -> quotas.save(reversed)), "quota.period.reversed");
        Quota noTarget = orgQuota(Quota.EXPENSE, "EAST", "100.00");
        noTarget.setDepartment(null);
        assertRefused(() -> company.as("director", () -> quotas.save(noTarget)), "quota.target.missing");

        company.as("director", () -> quotas.save(orgQuota(Quota.EXPENSE, "EAST", "5000.00")));
        Quota overlapping = orgQuota(Quota.EXPENSE, "EAST", "6000.00");
        overlapping.setPeriodStart(LocalDate.of(2026, 11, 15));
        overlapping.setPeriodEnd(LocalDate.of(2026, 12, 15));
        assertRefused(() -> company.as("director", () -> quotas.save(overlapping)), "quota.overlaps");
        Quota travelOnly = orgQuota(Quota.EXPENSE, "EAST", "2000.00");
        travelOnly.setExpenseCategory("TRAVEL");
        assertThat(company.as("director", () -> quotas.save(travelOnly)).getId()).as("a narrower scope is another quota").isNotNull();
        assertThat(company.as("director", () -> quotas.count(PageRequest.firstPage(10)))).isEqualTo(2);
    }

    private long unread(String username) {
        return company.as(username, () -> notifications.unreadCount());
    }

    private Department east() {
        return company.system(() -> departments.findByCode("EAST").orElseThrow());
    }

    private Quota orgQuota(String kind, String departmentCode, String limit) {
        Quota quota = new Quota();
        quota.setKind(kind);
        quota.setDepartment(company.system(() -> departments.findByCode(departmentCode).orElseThrow()));
        quota.setPeriodStart(NOVEMBER_START);
        quota.setPeriodEnd(NOVEMBER_END);
        quota.setLimitAmount(new BigDecimal(limit));
        return quota;
    }

    private static Quota repQuota(SalesRep rep, String kind, String limit) {
        Quota quota = new Quota();
        quota.setKind(kind);
        quota.setRep(rep);
        quota.setPeriodStart(NOVEMBER_START);
        quota.setPeriodEnd(NOVEMBER_END);
        quota.setLimitAmount(new BigDecimal(limit));
        return quota;
    }

    private SalesRep rep(String employeeNo, String name, String username, String departmentCode) {
        return company.system(() -> {
            SalesRep rep = new SalesRep();
            rep.setEmployeeNo(employeeNo);
            rep.setName(name);
            rep.setHireDate(LocalDate.of(2020, 3, 1));
            rep.setStatus("ACTIVE");
            rep.setOwner(users.findByUsername(username).orElseThrow());
            rep.setDepartment(departments.findByCode(departmentCode).orElseThrow());
            return rep;
        });
    }
}
