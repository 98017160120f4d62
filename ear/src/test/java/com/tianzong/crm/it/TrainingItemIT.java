package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.application.TrainingItemService;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BAS-03: the preset training items through the generic record service, and the company's own. */
@ExtendWith(ArquillianExtension.class)
class TrainingItemIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    TrainingItemService items;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void company() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_training");
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
    void BAS03_presetItemsAreThereAndAManagerAddsTheCompanysOwn() {
        assertThat(as("rep", () -> items.count(PageRequest.firstPage(10)))).isEqualTo(20);
        assertThat(as("rep", () -> items.findPage(PageRequest.firstPage(50).withText("异议")).rows()))
                .extracting(TrainingItem::getCode).isNotEmpty();

        TrainingItem own = new TrainingItem();
        own.setCode("TR_PUMP_SELECTION");
        own.setNameZhCn("离心泵选型与报价实务");
        own.setCategory("PRODUCT");
        own.setHours(new BigDecimal("6"));
        TrainingItem saved = as("manager", () -> items.save(own));
        assertThat(saved.getNameZhTw()).as("converted by opencc4j").isEqualTo("離心泵選型與報價實務");
        assertThat(saved.getNameEn()).isEqualTo("离心泵选型与报价实务");
        assertThat(saved.getHours()).isEqualTo(new BigDecimal("6.0"));
        assertThat(as("rep", () -> items.count(PageRequest.firstPage(10)))).isEqualTo(21);
    }

    @Test
    void BAS03_badItemsAreRefusedAndRepsOnlyRead() {
        TrainingItem unknownCategory = item("TR_X", "未知类别");
        unknownCategory.setCategory("COOKING");
        assertThatThrownBy(() -> as("manager", () -> items.save(unknownCategory)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("error.code.unknown"));
        assertThatThrownBy(() -> as("manager", () -> items.save(item("TR_ONBOARDING", "重复编号"))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("trainingItem.code.taken"));
        assertThatThrownBy(() -> as("rep", () -> items.save(item("TR_REP", "业务员自建"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(as("rep", () -> items.count(PageRequest.firstPage(10)))).isEqualTo(20);
    }

    private static TrainingItem item(String code, String name) {
        TrainingItem item = new TrainingItem();
        item.setCode(code);
        item.setNameZhCn(name);
        item.setCategory("SKILL");
        item.setHours(new BigDecimal("2"));
        return item;
    }

    private <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }
}
