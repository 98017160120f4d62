package com.tianzong.crm.it;

import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.salesforce.application.AssessmentService;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.application.QualitativeIndicatorService;
import com.tianzong.crm.salesforce.application.QuantitativeIndicatorService;
import com.tianzong.crm.salesforce.application.QuestionnaireService;
import com.tianzong.crm.salesforce.application.QuestionnaireService.ItemInput;
import com.tianzong.crm.salesforce.application.SalesRepService;
import com.tianzong.crm.salesforce.application.TrainingItemService;
import com.tianzong.crm.salesforce.application.TrainingRecordService;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.TrainingRecord;
import com.tianzong.crm.salesforce.domain.assessment.Assessment;
import com.tianzong.crm.salesforce.domain.assessment.AssessmentScore;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.Questionnaire;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * BAS-05 questionnaires and ORG-07 assessments: a monthly questionnaire of two quantitative
 * indicators and a qualitative one; the rep's month scored from his data and his manager's level;
 * the total worked by hand; confirmation locks it.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    SalesRepService reps;

    @EJB
    QuantitativeIndicatorService quantitative;

    @EJB
    QualitativeIndicatorService qualitative;

    @EJB
    QuestionnaireService questionnaires;

    @EJB
    AssessmentService assessments;

    @EJB
    TrainingRecordService trainings;

    @EJB
    TrainingItemService items;

    @EJB
    CustomerService customers;

    private TestCompany company;
    private SalesRep zhang;

    @BeforeEach
    void organisation() {
        company = TestCompany.create(provisioning, "it_assess");
        company.department("SALES", "销售中心", null);
        company.department("EAST", "华东销售部", "SALES");
        company.user("director", "赵志强", "SALES", "SALES_DIRECTOR");
        company.user("eastmanager", "李建国", "EAST", "SALES_MANAGER");
        company.user("zhangwei", "张伟", "EAST", "SALES_REP");
        zhang = company.as("director", () -> {
            SalesRep rep = company.system(() -> {
                SalesRep made = new SalesRep();
                made.setEmployeeNo("TZ031");
                made.setName("张伟");
                made.setHireDate(LocalDate.of(2019, 3, 1));
                made.setStatus("ACTIVE");
                made.setOwner(users.findByUsername("zhangwei").orElseThrow());
                made.setDepartment(departments.findByCode("EAST").orElseThrow());
                return made;
            });
            return reps.save(rep);
        });
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void ORG07_aMonthIsScoredFromTheDataAndTheManagersLevelsThenConfirmed() {
        Questionnaire monthly = monthlyQuestionnaire();
        LocalDate today = LocalDate.now();
        // this month: 6.0 h passed + 3.5 h attended = 9.5 training hours; two new customers
        training("TR_PRODUCT", today.withDayOfMonth(1), "6.0", "PASSED");
        training("TR_ONBOARDING", today.withDayOfMonth(1), "3.5", "ATTENDED");
        company.as("zhangwei", () -> customers.save(customer("C001", "上海华信电子有限公司")));
        company.as("zhangwei", () -> customers.save(customer("C002", "苏州园区精密机械有限公司")));

        Assessment made = company.as("eastmanager", () -> assessments.save(assessment(monthly, today)));
        assertThat(made.getPeriodStart()).isEqualTo(today.withDayOfMonth(1));
        assertThat(made.getPeriodEnd()).isEqualTo(today.withDayOfMonth(today.lengthOfMonth()));
        assertThat(made.getOwner().getUsername()).as("the assessment belongs to the rep").isEqualTo("zhangwei");
        List<AssessmentScore> lines = made.getScores();
        assertThat(lines).extracting(AssessmentScore::getIndicatorCode).containsExactly("KPI_TRAINING_HOURS", "KPI_NEW_CUSTOMERS", "Q_ATT_01");
        // 9.5 of a target of 8 = 118.75, × 40 % = 47.50
        assertThat(lines.get(0).getActual()).isEqualTo(new BigDecimal("9.50"));
        assertThat(lines.get(0).getScore()).isEqualTo(new BigDecimal("118.75"));
        assertThat(lines.get(0).getWeighted()).isEqualTo(new BigDecimal("47.50"));
        // 2 of a target of 5 = 40.00, × 30 % = 12.00
        assertThat(lines.get(1).getScore()).isEqualTo(new BigDecimal("40.00"));
        assertThat(lines.get(1).getWeighted()).isEqualTo(new BigDecimal("12.00"));
        assertThat(made.getTotalScore()).as("the qualitative line is not scored yet").isNull();
        assertRefused(() -> company.as("eastmanager", () -> assessments.confirm(made.getId(), made.getVersion())), "assessment.incomplete");

        // 责任心 at level 2: 8.0 of 10.0 = 80.00, × 30 % = 24.00; total 47.50 + 12.00 + 24.00 = 83.50
        Assessment scored = company.as("eastmanager", () -> assessments.chooseLevels(made.getId(), made.getVersion(), Map.of(30, 2)));
        assertThat(scored.getScores().get(2).getScore()).isEqualTo(new BigDecimal("80.00"));
        assertThat(scored.getTotalScore()).isEqualTo(new BigDecimal("83.50"));
        assertRefused(() -> company.as("eastmanager", () -> assessments.chooseLevels(scored.getId(), scored.getVersion(), Map.of(30, 9))),
                "assessment.level.unknown");

        assertThat(company.as("zhangwei", () -> assessments.count(PageRequest.firstPage(10)))).as("the rep sees his own").isEqualTo(1);
        assertThatThrownBy(() -> company.as("zhangwei", () -> assessments.chooseLevels(scored.getId(), scored.getVersion(), Map.of(30, 1))))
                .as("but does not score himself").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> company.as("zhangwei", () -> assessments.confirm(scored.getId(), scored.getVersion())))
                .isInstanceOf(PermissionDeniedException.class);
        assertRefused(() -> company.as("eastmanager", () -> assessments.save(assessment(monthly, today.withDayOfMonth(1)))), "assessment.duplicate");

        Assessment confirmed = company.as("eastmanager", () -> assessments.confirm(scored.getId(), scored.getVersion()));
        assertThat(confirmed.isConfirmed()).isTrue();
        assertThat(confirmed.getAssessor()).isEqualTo("eastmanager");
        assertRefused(() -> company.as("eastmanager", () -> assessments.chooseLevels(confirmed.getId(), confirmed.getVersion(), Map.of(30, 1))),
                "assessment.confirmed");
        assertRefused(() -> company.as("director", () -> assessments.recompute(confirmed.getId(), confirmed.getVersion())), "assessment.confirmed");
        assertRefused(() -> company.as("director", () -> assessments.delete(confirmed.getId(), confirmed.getVersion())), "assessment.confirmed");
        assertThat(company.as("director", () -> reps.related(zhang.getId(), "assessments"))).as("the rep's history").hasSize(1);
    }

    @Test
    void BAS05_aQuestionnairesLinesAreCheckedTogether() {
        Questionnaire empty = company.as("director", () -> questionnaires.save(questionnaire("Q_BAD")));
        long training = trainingHoursIndicator().getId();
        long newCustomers = preset("KPI_NEW_CUSTOMERS");
        long winRate = preset("KPI_WIN_RATE");
        long responsibility = qualitativeId("Q_ATT_01");

        refusedLines(empty, "questionnaire.weights.total",
                new ItemInput(false, training, new BigDecimal("40"), new BigDecimal("8")),
                new ItemInput(true, responsibility, new BigDecimal("50"), null));
        refusedLines(empty, "questionnaire.item.twice",
                new ItemInput(false, training, new BigDecimal("50"), new BigDecimal("8")),
                new ItemInput(false, training, new BigDecimal("50"), new BigDecimal("8")));
        refusedLines(empty, "questionnaire.item.noFormula",
                new ItemInput(false, winRate, new BigDecimal("100"), new BigDecimal("30")));
        refusedLines(empty, "questionnaire.item.target",
                new ItemInput(false, newCustomers, new BigDecimal("100"), null));
        refusedLines(empty, "questionnaire.item.weight",
                new ItemInput(true, responsibility, new BigDecimal("0"), null));
        assertRefused(() -> company.as("eastmanager", () -> assessments.save(assessment(empty, LocalDate.now()))),
                "assessment.questionnaire.incomplete");
        assertThatThrownBy(() -> company.as("eastmanager", () -> questionnaires.replaceItems(empty.getId(), empty.getVersion(),
                List.of(new ItemInput(true, responsibility, new BigDecimal("100"), null)))))
                .as("managers use questionnaires, directors make them").isInstanceOf(PermissionDeniedException.class);
    }

    private Questionnaire monthlyQuestionnaire() {
        long training = trainingHoursIndicator().getId();
        Questionnaire made = company.as("director", () -> questionnaires.save(questionnaire("Q_MONTHLY")));
        return company.as("director", () -> questionnaires.replaceItems(made.getId(), made.getVersion(), List.of(
                new ItemInput(false, training, new BigDecimal("40"), new BigDecimal("8")),
                new ItemInput(false, preset("KPI_NEW_CUSTOMERS"), new BigDecimal("30"), new BigDecimal("5")),
                new ItemInput(true, qualitativeId("Q_ATT_01"), new BigDecimal("30"), null))));
    }

    private void refusedLines(Questionnaire questionnaire, String key, ItemInput... lines) {
        Questionnaire current = company.as("director", () -> questionnaires.get(questionnaire.getId()));
        assertRefused(() -> company.as("director", () -> questionnaires.replaceItems(current.getId(), current.getVersion(), List.of(lines))), key);
    }

    private QuantitativeIndicator trainingHoursIndicator() {
        QuantitativeIndicator indicator = new QuantitativeIndicator();
        indicator.setCode("KPI_TRAINING_HOURS");
        indicator.setNameZhCn("培训学时");
        indicator.setDefinition("考核期内合格或已参加的培训学时");
        indicator.setExpression("TRAINING_HOURS");
        indicator.setUnit("小时");
        return company.as("director", () -> quantitative.save(indicator));
    }

    private long preset(String code) {
        return company.as("director", () -> quantitative.findByKeys(List.of(code)).get(code).getId());
    }

    private long qualitativeId(String code) {
        return company.as("director", () -> qualitative.findByKeys(List.of(code)).get(code).getId());
    }

    private static Questionnaire questionnaire(String code) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setCode(code);
        questionnaire.setName("业务员月度考核表");
        questionnaire.setPeriodType("MONTH");
        return questionnaire;
    }

    private Assessment assessment(Questionnaire questionnaire, LocalDate day) {
        Assessment assessment = new Assessment();
        assessment.setRep(zhang);
        assessment.setQuestionnaire(questionnaire);
        assessment.setPeriodStart(day);
        return assessment;
    }

    private void training(String itemCode, LocalDate day, String hours, String result) {
        company.as("director", () -> {
            TrainingRecord record = new TrainingRecord();
            record.setRep(zhang);
            record.setTrainingItem(company.system(() -> items.findByKeys(List.of(itemCode)).get(itemCode)));
            record.setTrainingDate(day);
            record.setHours(new BigDecimal(hours));
            record.setResult(result);
            return trainings.save(record);
        });
    }

    private static Customer customer(String code, String name) {
        Customer customer = new Customer();
        customer.setCode(code);
        customer.setName(name);
        customer.setCustomerType("ENTERPRISE");
        customer.setCreditLimit(new BigDecimal("100000.00"));
        return customer;
    }
}
