package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.CommissionRuleService;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import com.tianzong.crm.salesforce.domain.commission.CommissionTier;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BAS-06 in the container: stored commission rules, their bands, and who may change them. */
@ExtendWith(ArquillianExtension.class)
class CommissionRuleIT {

    private static final List<CommissionTier> RISING = List.of(
            CommissionTier.of("0", "100000", "0.02"),
            CommissionTier.of("100000", "300000", "0.03"),
            CommissionTier.of("300000", null, "0.05"));


    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    CommissionRuleService rules;

    @EJB
    AuditTrail auditTrail;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void company() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_commission");
        TenantContext.runAs(tenant, () -> {
            departments.create("SALES", "销售中心", null);
            users.create("manager", "李建国", departments.findByCode("SALES").orElseThrow(), Set.of("SALES_MANAGER"));
            users.create("rep", "张伟", departments.findByCode("SALES").orElseThrow(), Set.of("SALES_REP"));
        });
    }

    @AfterEach
    void removeCompany() {
        tenants.removeAll();
    }

    @Test
    void BAS06_managerDefinesAProgressiveRuleWhoseBandsTheCalculatorUses() {
        long id = as("manager", () -> rules.save(rule("CR_EAST_2027", "华东区 2027 年销售提成")).getId());
        CommissionRuleRecord created = as("manager", () -> rules.get(id));
        assertThat(created.getNameZhTw()).isEqualTo("華東區 2027 年銷售提成");
        CommissionRuleRecord banded = as("manager", () -> rules.replaceTiers(id, created.getVersion(), RISING));
        assertThat(banded.getVersion()).as("a change of bands is a change of the rule").isGreaterThan(created.getVersion());
        assertThat(banded.getTiersText()).isEqualTo("0.00–100000.00 2.00%; 100000.00–300000.00 3.00%; 300000.00– 5.00%");

        // 100,000 × 2 % + 200,000 × 3 % + 50,000 × 5 % = 10,500.00
        CommissionRuleRecord stored = as("manager", () -> rules.get(id));
        assertThat(stored.toRule(null).calculate(new BigDecimal("350000")).total()).isEqualByComparingTo("10500.00");

        stored.setActive(true);
        assertThat(as("manager", () -> rules.save(stored)).isActive()).isTrue();
        assertThat(TenantContext.callAs(tenant, () -> auditTrail.history("commissionRule", id)))
                .anySatisfy(entry -> {
                    assertThat(entry.getField()).isEqualTo("tiersText");
                    assertThat(entry.getNewValue()).contains("5.00%");
                    assertThat(entry.getActor()).isEqualTo("manager");
                });
    }

    @Test
    void BAS06_bandsTheCalculatorRefusesChangeNothing() {
        long id = as("manager", () -> rules.save(rule("CR_BAD", "有问题的规则")).getId());
        int version = as("manager", () -> rules.replaceTiers(id, rules.get(id).getVersion(), RISING).getVersion());
        List<CommissionTier> gap = List.of(CommissionTier.of("0", "100000", "0.02"), CommissionTier.of("150000", null, "0.03"));
        assertThatThrownBy(() -> as("manager", () -> rules.replaceTiers(id, version, gap)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("commission.tiers.gap"));
        List<CommissionTier> falling = List.of(CommissionTier.of("0", "100000", "0.05"), CommissionTier.of("100000", null, "0.02"));
        assertThatThrownBy(() -> as("manager", () -> rules.replaceTiers(id, version, falling)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("commission.tiers.notIncreasing"));
        assertThatThrownBy(() -> as("manager", () -> rules.replaceTiers(id, version - 1, RISING)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> as("rep", () -> rules.replaceTiers(id, version, RISING)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(as("manager", () -> rules.get(id).getTiers())).hasSize(3);
        assertThat(as("manager", () -> rules.get(id).getVersion())).isEqualTo(version);

        CommissionRuleRecord activeWithoutBands = rule("CR_EMPTY", "没有区间的规则");
        activeWithoutBands.setActive(true);
        assertThatThrownBy(() -> as("manager", () -> rules.save(activeWithoutBands)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("commission.tiers.missing"));
    }

    @Test
    void BAS06_theExampleRulesEveryCompanyGetsCalculate() {
        List<CommissionRuleRecord> examples = as("manager", () -> rules.findPage(PageRequest.firstPage(50)).rows());
        assertThat(examples).extracting(CommissionRuleRecord::getCode)
                .contains("CR_SALES_TIERED", "CR_GROSS_PROFIT", "CR_COLLECTION", "CR_NEW_CUSTOMER");
        examples.forEach(example -> example.toRule(null).validated());
        CommissionRuleRecord sales = examples.stream().filter(r -> r.getCode().equals("CR_SALES_TIERED")).findFirst().orElseThrow();
        // 500,000 × 1 % + 500,000 × 1.5 % + 200,000 × 2 % = 5,000 + 7,500 + 4,000 = 16,500.00
        assertThat(sales.toRule(null).calculate(new BigDecimal("1200000")).total()).isEqualByComparingTo("16500.00");
    }

    private static CommissionRuleRecord rule(String code, String name) {
        CommissionRuleRecord rule = new CommissionRuleRecord();
        rule.setCode(code);
        rule.setNameZhCn(name);
        return rule;
    }

    private <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }
}
