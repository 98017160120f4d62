package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.importing.ImportIssue;
import com.tianzong.crm.platform.importing.ImportProgress;
import com.tianzong.crm.platform.importing.ImportResult;
import com.tianzong.crm.platform.importing.ImportTable;
import com.tianzong.crm.platform.importing.RecordImport;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Import of customers (PLT-10) through the generic import: every row's problems before anything
 * is written, all-or-nothing, upsert by the customer code, and the importing user's permissions
 * and data scope; the changes are audited as an import by that user.
 */
@ExtendWith(ArquillianExtension.class)
class RecordImportIT {

    private static final List<String> COLUMNS = List.of("code", "name", "customerType", "region", "creditLimit", "phone");


    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    RecordImport recordImport;

    @EJB
    CustomerService customers;

    @EJB
    AuditTrail auditTrail;

    @Inject
    RecordTypes recordTypes;

    private TestTenants tenants;
    private TenantCode tenant;
    private RecordType<?> customerType;

    @BeforeEach
    void organisation() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_imp");
        customerType = recordTypes.find("customer").orElseThrow();
        TenantContext.runAs(tenant, () -> {
            departments.create("EAST", "华东销售部", null);
            departments.create("SOUTH", "华南销售部", null);
            users.create("rep", "张伟", departments.findByCode("EAST").orElseThrow(), Set.of("SALES_REP"));
            users.create("southrep", "李娜", departments.findByCode("SOUTH").orElseThrow(), Set.of("SALES_REP"));
            users.create("finance", "刘洋", departments.findByCode("EAST").orElseThrow(), Set.of("FINANCE"));
        });
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void PLT10_previewReportsEveryBadRowAndCommitWritesNothingWhileAnyRemains() {
        as("southrep", () -> customers.save(customer("S001", "南方客户")));
        ImportTable table = table(
                row(2, "C001", "上海华信电子有限公司", "企业客户", "华东", "300,000.00", "021-50801234"),
                row(3, "C002", "苏州恒达精密机械有限公司", "不存在的类型", "华东", "10000", ""),
                row(4, "C003", "杭州西湖贸易有限公司", "ENTERPRISE", "", "三十万", ""),
                row(5, "C001", "重复的编号", "ENTERPRISE", "", "1", ""),
                row(6, "S001", "别人的客户", "ENTERPRISE", "", "1", ""),
                row(7, "C006", "", "ENTERPRISE", "", "12.345", "电话号码"));

        ImportResult preview = as("rep", () -> recordImport.preview(customerType, table, COLUMNS, Locale.SIMPLIFIED_CHINESE));
        assertThat(preview.rows()).isEqualTo(6);
        assertThat(preview.badLines()).isEqualTo(5);
        assertThat(preview.issues()).extracting(ImportIssue::line, ImportIssue::field, ImportIssue::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "customerType", "import.codeUnknown"),
                org.assertj.core.groups.Tuple.tuple(4, "creditLimit", "import.moneyInvalid"),
                org.assertj.core.groups.Tuple.tuple(5, "code", "import.keyRepeated"),
                org.assertj.core.groups.Tuple.tuple(6, "code", "import.keyNotYours"),
                org.assertj.core.groups.Tuple.tuple(7, "creditLimit", "import.moneyScale"));
        // the declared constraints speak the user's language, beside the cells that did not parse
        assertThat(preview.issues()).filteredOn(issue -> issue.line() == 7 && issue.text() != null)
                .extracting(ImportIssue::field, ImportIssue::text).contains(
                        org.assertj.core.groups.Tuple.tuple("phone", "只能包含数字、空格和 + - ( )"),
                        org.assertj.core.groups.Tuple.tuple("name", "不能为空"));
        assertThat(preview.isWritten()).isFalse();

        ImportResult commit = as("rep", () -> recordImport.commit(customerType, table, COLUMNS, Locale.SIMPLIFIED_CHINESE,
                new ImportProgress()));
        assertThat(commit.isWritten()).isFalse();
        assertThat(commit.issues()).hasSameSizeAs(preview.issues());
        assertThat(TenantContext.callAs(tenant, () -> customers.count(PageRequest.firstPage(10)))).isEqualTo(1);
    }

    @Test
    void CUS01_previewFindsCustomersAlreadyOnFileAndRowsThatRepeatEachOther() {
        as("southrep", () -> customers.save(customer("S001", "廣州天河貿易有限公司")));
        ImportTable table = table(
                row(2, "C010", "广州天河贸易有限公司", "ENTERPRISE", "", "1000", ""),
                row(3, "C011", "深圳前海科技有限公司", "ENTERPRISE", "", "1000", ""),
                row(4, "C012", "深圳前海科技股份有限公司", "ENTERPRISE", "", "1000", ""),
                row(5, "C013", "厦门鹭岛食品有限公司", "ENTERPRISE", "", "1000", ""));

        ImportResult preview = as("rep", () -> recordImport.preview(customerType, table, COLUMNS, Locale.SIMPLIFIED_CHINESE));

        assertThat(preview.issues()).extracting(ImportIssue::line, ImportIssue::field, ImportIssue::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "name", "customer.duplicate.NAME"),
                org.assertj.core.groups.Tuple.tuple(4, "name", "import.keyRepeated"));
        assertThat(preview.issues().get(0).arguments()).as("a colleague's customer, in another script, past the rep's scope")
                .containsExactly("S001", "廣州天河貿易有限公司", "李娜");
        assertThat(preview.issues().get(1).arguments()).as("the row it repeats").containsExactly("3");
        ImportResult commit = as("rep", () -> recordImport.commit(customerType, table, COLUMNS, Locale.SIMPLIFIED_CHINESE,
                new ImportProgress()));
        assertThat(commit.isWritten()).isFalse();
        assertThat(TenantContext.callAs(tenant, () -> customers.count(PageRequest.firstPage(10)))).isEqualTo(1);
    }

    @Test
    void PLT10_cleanFileAddsAndUpdatesByCodeAsTheUserAndIsAuditedAsAnImport() {
        long existing = as("rep", () -> customers.save(customer("C001", "上海华信电子")).getId());
        ImportTable table = table(
                row(2, "C001", "上海华信电子有限公司", "企業客戶", "華東", "￥300,000.00", ""),
                row(3, "C002", "广州南沙精工模具有限公司", "Enterprise", "South China", "5000", "020-88886666"));
        ImportProgress progress = new ImportProgress();

        ImportResult result = TenantContext.callAsUser(new TenantUser("rep", tenant), TenantContext.Source.IMPORT,
                () -> recordImport.commit(customerType, table, COLUMNS, Locale.SIMPLIFIED_CHINESE, progress));

        assertThat(result.isWritten()).isTrue();
        assertThat(result.creates()).isEqualTo(1);
        assertThat(result.updates()).isEqualTo(1);
        assertThat(progress.getPercent()).isEqualTo(100);
        Customer updated = as("rep", () -> customers.get(existing));
        assertThat(updated.getName()).isEqualTo("上海华信电子有限公司");
        assertThat(updated.getRegion()).isEqualTo("EAST_CHINA");
        assertThat(updated.getCreditLimit()).isEqualByComparingTo(new BigDecimal("300000.00"));
        assertThat(updated.getCreditLimit().scale()).isEqualTo(2);
        assertThat(updated.getPhone()).as("an empty cell leaves the value alone").isEqualTo("021-12345678");
        Customer added = as("rep", () -> customers.findPage(PageRequest.firstPage(10).withText("南沙")).rows().get(0));
        assertThat(added.getOwner().getUsername()).isEqualTo("rep");
        assertThat(added.getRegion()).isEqualTo("SOUTH_CHINA");

        List<AuditEntry> history = TenantContext.callAs(tenant, () -> auditTrail.history("customer", existing));
        assertThat(history).filteredOn(entry -> "name".equals(entry.getField()) && entry.getAction() == AuditEntry.Action.UPDATE)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getSource()).isEqualTo("IMPORT");
                    assertThat(entry.getActor()).isEqualTo("rep");
                    assertThat(entry.getOldValue()).isEqualTo("上海华信电子");
                });
    }

    @Test
    void PLT10_missingColumnsAndMissingPermissionAreReportedForTheWholeFile() {
        ImportTable table = table(row(2, "C001", "上海华信电子有限公司", "ENTERPRISE", "", "1", ""));
        ImportResult noKey = as("rep", () -> recordImport.preview(customerType, table,
                Arrays.asList(null, "name", "customerType", "region", "creditLimit", "phone"), Locale.SIMPLIFIED_CHINESE));
        assertThat(noKey.issues()).extracting(ImportIssue::line, ImportIssue::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(0, "import.keyColumnMissing"));

        ImportResult noRequired = as("rep", () -> recordImport.preview(customerType, table,
                Arrays.asList("code", "name", null, "region", "creditLimit", "phone"), Locale.SIMPLIFIED_CHINESE));
        assertThat(noRequired.issues()).extracting(ImportIssue::field, ImportIssue::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("customerType", "import.requiredColumnMissing"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("finance",
                        () -> recordImport.preview(customerType, table, COLUMNS, Locale.SIMPLIFIED_CHINESE)))
                .isInstanceOf(com.tianzong.crm.platform.security.PermissionDeniedException.class);
    }

    private static Customer customer(String code, String name) {
        Customer customer = (Customer) RecordSamples.create("customer", code);
        customer.setName(name);
        customer.setPhone("021-12345678");
        return customer;
    }

    private static ImportTable table(ImportTable.Row... rows) {
        return new ImportTable(new ArrayList<>(List.of("客户编号", "客户名称", "客户类型", "地区", "信用额度", "电话")), List.of(rows));
    }

    private static ImportTable.Row row(int line, String... cells) {
        return new ImportTable.Row(line, List.of(cells));
    }

    private <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }
}
