package com.tianzong.crm.it;

import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.application.QuantitativeIndicatorService;
import com.tianzong.crm.salesforce.application.QualitativeIndicatorService;
import com.tianzong.crm.salesforce.application.QuotaService;
import com.tianzong.crm.salesforce.application.SalesRepService;
import com.tianzong.crm.salesforce.application.TrainingItemService;
import com.tianzong.crm.salesforce.application.TrainingRecordService;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import com.tianzong.crm.salesforce.domain.TrainingRecord;
import com.tianzong.crm.salesforce.domain.assessment.IndicatorPreview;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeLevel;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import com.tianzong.crm.salesforce.domain.quota.Quota;
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
 * BAS-04 quantitative indicators: formulas checked when saved, worked out for a rep and period
 * from the metrics the modules compute (figures by hand below), and ORG-06 training records,
 * which feed the training metrics.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorIT {

    private static final LocalDate OCTOBER_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);


    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    QuantitativeIndicatorService indicators;

    @EJB
    SalesRepService reps;

    @EJB
    QuotaService quotas;

    @EJB
    TrainingRecordService trainings;

    @EJB
    TrainingItemService items;

    @EJB
    CustomerService customers;

    @EJB
    QualitativeIndicatorService qualitative;

    private TestCompany company;
    private SalesRep zhang;
    private SalesRep wang;

    @BeforeEach
    void organisation() {
        company = TestCompany.create(provisioning, "it_kpi");
        company.department("SALES", "销售中心", null);
        company.department("EAST", "华东销售部", "SALES");
        company.department("SOUTH", "华南销售部", "SALES");
        company.user("director", "赵志强", "SALES", "SALES_DIRECTOR");
        company.user("eastmanager", "李建国", "EAST", "SALES_MANAGER");
        company.user("zhangwei", "张伟", "EAST", "SALES_REP");
        company.user("wangfang", "王芳", "SOUTH", "SALES_REP");
        zhang = company.as("director", () -> reps.save(rep("TZ031", "张伟", "zhangwei", "EAST", LocalDate.of(2019, 3, 1))));
        wang = company.as("director", () -> reps.save(rep("TZ057", "王芳", "wangfang", "SOUTH", LocalDate.of(2021, 2, 22))));
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void BAS04_aFormulaIsWorkedOutFromTheMetricsForARepAndPeriod() {
        // the quarter's target of 920,000.00: October has 31 of its 92 days = 310,000.00
        Quota target = new Quota();
        target.setKind(Quota.SALES_AMOUNT);
        target.setRep(zhang);
        target.setPeriodStart(OCTOBER_1);
        target.setPeriodEnd(LocalDate.of(2026, 12, 31));
        target.setLimitAmount(new BigDecimal("920000.00"));
        company.as("eastmanager", () -> quotas.save(target));
        // October 2026 starts on a Thursday: 31 days less 9 Saturdays and Sundays = 22 working days
        QuantitativeIndicator perDay = company.as("director", () -> indicators.save(indicator("KPI_TARGET_PER_DAY", "日均销售目标",
                "SALES_TARGET ÷ WORKING_DAYS", "元/天")));
        assertThat(perDay.getExpression()).as("kept as normalised").isEqualTo("SALES_TARGET / WORKING_DAYS");

        IndicatorPreview preview = company.as("eastmanager", () -> indicators.preview(perDay.getId(), zhang.getId(), OCTOBER_1, OCTOBER_31));
        assertThat(preview.getMetrics()).containsEntry("SALES_TARGET", new BigDecimal("310000.00"))
                .containsEntry("WORKING_DAYS", new BigDecimal("22"));
        // 310,000.00 ÷ 22 = 14,090.909… → 14,090.91
        assertThat(preview.getValue()).isEqualTo(new BigDecimal("14090.91"));

        // training: 6.0 h passed + 3.5 h attended count, 2.0 h failed does not
        training(zhang, "TR_PRODUCT", LocalDate.of(2026, 10, 12), "6.0", "PASSED", "86");
        training(zhang, "TR_ONBOARDING", LocalDate.of(2026, 10, 20), "3.5", "ATTENDED", null);
        training(zhang, "TR_OBJECTION_CLOSING", LocalDate.of(2026, 10, 27), "2.0", "FAILED", "52");
        training(zhang, "TR_OBJECTION_CLOSING", LocalDate.of(2026, 11, 3), "2.0", "PASSED", "75");
        QuantitativeIndicator hours = company.as("director", () -> indicators.save(indicator("KPI_TRAINING_AVG", "平均每次培训学时",
                "TRAINING_HOURS / TRAINING_COUNT", "小时")));
        IndicatorPreview avg = company.as("director", () -> indicators.preview(hours.getId(), zhang.getId(), OCTOBER_1, OCTOBER_31));
        // (6.0 + 3.5) ÷ 2 = 4.75
        assertThat(avg.getValue()).isEqualTo(new BigDecimal("4.75"));

        IndicatorPreview none = company.as("director", () -> indicators.preview(hours.getId(), wang.getId(), OCTOBER_1, OCTOBER_31));
        assertThat(none.isComputed()).as("no training: a zero count is reported, not computed").isFalse();
        assertThat(none.getProblemKey()).isEqualTo("formula.divisionByZero");
    }

    @Test
    void BAS04_thePresetNewCustomerIndicatorCountsTheRepsNewCustomers() {
        company.as("zhangwei", () -> customers.save(customer("C001", "上海华信电子有限公司")));
        company.as("zhangwei", () -> customers.save(customer("C002", "苏州园区精密机械有限公司")));
        company.as("wangfang", () -> customers.save(customer("C003", "广州白云电器设备有限公司")));
        QuantitativeIndicator preset = company.as("director", () -> indicators.findByKeys(List.of("KPI_NEW_CUSTOMERS")).get("KPI_NEW_CUSTOMERS"));
        LocalDate today = LocalDate.now();
        IndicatorPreview preview = company.as("director",
                () -> indicators.preview(preset.getId(), zhang.getId(), today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())));
        assertThat(preview.getValue()).isEqualTo(new BigDecimal("2.00"));
        IndicatorPreview lastYear = company.as("director",
                () -> indicators.preview(preset.getId(), zhang.getId(), today.minusYears(1).withDayOfMonth(1), today.minusYears(1)));
        assertThat(lastYear.getValue()).isEqualTo(new BigDecimal("0.00"));
        QuantitativeIndicator unformulated = company.as("director", () -> indicators.findByKeys(List.of("KPI_WIN_RATE")).get("KPI_WIN_RATE"));
        assertThat(company.as("director", () -> indicators.preview(unformulated.getId(), zhang.getId(), today, today)).getProblemKey())
                .as("its metrics come with the sales module").isEqualTo("indicator.preview.noFormula");
    }

    @Test
    void BAS04_badFormulasAreRefusedWhenSavedAndOtherRepsAreOutOfReach() {
        assertRefused(() -> company.as("director", () -> indicators.save(indicator("K1", "未知指标", "SALARY / WORKING_DAYS", "%"))),
                "formula.unknownMetric");
        assertRefused(() -> company.as("director", () -> indicators.save(indicator("K2", "语法错误", "SALES_TARGET / (WORKING_DAYS", "%"))),
                "formula.syntax");
        assertRefused(() -> company.as("director", () -> indicators.save(indicator("K3", "除以零", "SALES_TARGET / 0", "%"))),
                "formula.divisionByZero");
        assertRefused(() -> company.as("director", () -> indicators.save(indicator("K4", "乘方", "SALES_TARGET ^ 9999999", "%"))),
                "formula.syntax");
        assertThat(company.as("director", () -> indicators.count(PageRequest.firstPage(1).withText("K")))).isPositive();
        assertThat(company.as("director", () -> indicators.findByKeys(List.of("K1", "K2", "K3", "K4")))).as("nothing saved").isEmpty();

        QuantitativeIndicator preset = company.as("director", () -> indicators.findByKeys(List.of("KPI_NEW_CUSTOMERS")).get("KPI_NEW_CUSTOMERS"));
        assertThatThrownBy(() -> company.as("zhangwei", () -> indicators.preview(preset.getId(), wang.getId(), OCTOBER_1, OCTOBER_31)))
                .as("a rep previews only for himself").isInstanceOf(RecordNotFoundException.class);
        assertThat(company.as("zhangwei", () -> indicators.preview(preset.getId(), zhang.getId(), OCTOBER_1, OCTOBER_31)).isComputed()).isTrue();
    }

    @Test
    void BAS04_theQualitativeIndicatorsComeWithTheirScoringStandardsWhichAreEditedAsLevels() {
        assertThat(company.as("zhangwei", () -> qualitative.count(PageRequest.firstPage(1)))).isEqualTo(80);
        QualitativeIndicator responsibility = company.as("director", () -> qualitative.findByKeys(List.of("Q_ATT_01")).get("Q_ATT_01"));
        List<QualitativeLevel> levels = company.as("zhangwei", () -> qualitative.get(responsibility.getId())).getLines();
        assertThat(levels).hasSizeGreaterThanOrEqualTo(4);
        QualitativeLevel best = levels.get(0);
        assertThat(best.getLevelNo()).isEqualTo(1);
        assertThat(best.getScore()).isEqualByComparingTo(responsibility.getMaxScore());
        assertThat(best.getStandard()).isNotBlank();

        responsibility.setMaxScore(new BigDecimal("20.0"));
        assertRefused(() -> company.as("director", () -> qualitative.save(responsibility)), "qualitativeIndicator.maxScore.levels");
        QualitativeIndicator renamed = company.as("director", () -> qualitative.findByKeys(List.of("Q_ATT_01")).get("Q_ATT_01"));
        renamed.setNameZhCn("责任心与担当");
        renamed.setNameZhTw(null);
        assertThat(company.as("director", () -> qualitative.save(renamed)).getNameZhTw()).isEqualTo("責任心與擔當");
        assertThatThrownBy(() -> company.as("zhangwei", () -> qualitative.save(renamed)))
                .isInstanceOf(com.tianzong.crm.platform.security.PermissionDeniedException.class);

        // the scoring levels are edited in the form: a level added at the bottom, one scored out of order refused
        int before = levels.size();
        QualitativeIndicator extended = company.as("director", () -> {
            QualitativeIndicator current = qualitative.get(responsibility.getId());
            current.getLines().get(before - 1).setScore(new BigDecimal("1.0"));   // the lowest level was 0
            current.addLine();
            QualitativeLevel added = current.getLines().get(current.getLines().size() - 1);
            added.setScore(BigDecimal.ZERO);
            added.setStandard("多次推诿，造成客户投诉");
            return qualitative.save(current);
        });
        assertThat(extended.getLines()).hasSize(before + 1);
        assertThat(extended.getLines().get(before).getLevelNo()).isEqualTo(before + 1);
        assertThat(extended.getLines().get(before - 1).getScore()).isEqualByComparingTo("1.0");
        assertRefused(() -> company.as("director", () -> {
            QualitativeIndicator current = qualitative.get(responsibility.getId());
            current.getLines().get(1).setScore(current.getLines().get(0).getScore());
            return qualitative.save(current);
        }), "qualitativeIndicator.level.order");
        assertRefused(() -> company.as("director", () -> {
            QualitativeIndicator current = qualitative.get(responsibility.getId());
            current.getLines().get(2).setStandard(" ");
            return qualitative.save(current);
        }), "qualitativeIndicator.level.incomplete");
        QualitativeIndicator trimmed = company.as("director", () -> {
            QualitativeIndicator current = qualitative.get(responsibility.getId());
            current.removeLine(before);
            return qualitative.save(current);
        });
        assertThat(trimmed.getLines()).hasSize(before);
    }

    @Test
    void ORG06_trainingRecordsBelongToTheRepAndFollowTheRules() {
        TrainingRecord defaulted = company.as("eastmanager", () -> {
            TrainingRecord record = record(zhang, "TR_ONBOARDING", LocalDate.of(2026, 10, 20), null, "ATTENDED", null);
            return trainings.save(record);
        });
        assertThat(defaulted.getHours()).as("the item's hours").isEqualTo(new BigDecimal("16.0"));
        assertThat(defaulted.getOwner().getUsername()).isEqualTo("zhangwei");
        assertRefused(() -> company.as("eastmanager", () -> trainings.save(record(zhang, "TR_ONBOARDING", LocalDate.of(2018, 1, 5), "4",
                "ATTENDED", null))), "trainingRecord.beforeHire");
        assertRefused(() -> company.as("eastmanager", () -> trainings.save(record(zhang, "TR_ONBOARDING", LocalDate.of(2026, 10, 21), "4",
                "ATTENDED", "90"))), "trainingRecord.scoreWithoutResult");
        training(wang, "TR_ONBOARDING", LocalDate.of(2026, 10, 22), "8", "PASSED", "91");

        assertThat(company.as("zhangwei", () -> trainings.count(PageRequest.firstPage(10)))).isEqualTo(1);
        assertThat(company.as("eastmanager", () -> trainings.count(PageRequest.firstPage(10)))).isEqualTo(1);
        assertThat(company.as("director", () -> trainings.count(PageRequest.firstPage(10)))).isEqualTo(2);
        assertThat(company.as("director", () -> reps.related(zhang.getId(), "trainings"))).hasSize(1);
    }

    private void training(SalesRep rep, String itemCode, LocalDate day, String hours, String result, String score) {
        company.as("director", () -> trainings.save(record(rep, itemCode, day, hours, result, score)));
    }

    private TrainingRecord record(SalesRep rep, String itemCode, LocalDate day, String hours, String result, String score) {
        TrainingItem item = company.system(() -> items.findByKeys(List.of(itemCode)).get(itemCode));
        assertThat(item).as(itemCode).isNotNull();
        TrainingRecord record = new TrainingRecord();
        record.setRep(rep);
        record.setTrainingItem(item);
        record.setTrainingDate(day);
        record.setHours(hours == null ? null : new BigDecimal(hours));
        record.setResult(result);
        record.setScore(score == null ? null : new BigDecimal(score));
        return record;
    }

    private static QuantitativeIndicator indicator(String code, String name, String formula, String unit) {
        QuantitativeIndicator indicator = new QuantitativeIndicator();
        indicator.setCode(code);
        indicator.setNameZhCn(name);
        indicator.setDefinition(name + "，按公式计算");
        indicator.setExpression(formula);
        indicator.setUnit(unit);
        return indicator;
    }

    private SalesRep rep(String employeeNo, String name, String username, String departmentCode, LocalDate hired) {
        return company.system(() -> {
            SalesRep rep = new SalesRep();
            rep.setEmployeeNo(employeeNo);
            rep.setName(name);
            rep.setHireDate(hired);
            rep.setStatus("ACTIVE");
            rep.setOwner(users.findByUsername(username).orElseThrow());
            rep.setDepartment(departments.findByCode(departmentCode).orElseThrow());
            return rep;
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
