package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.administration.RoleAdministration;
import com.tianzong.crm.platform.administration.RoleGrants;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.onboarding.TenantArchive;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.DataScope;
import com.tianzong.crm.platform.tenancy.SchemaMigrations;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's data exported as an archive and imported as another tenant (TEN-01): every table
 * holds the same rows afterwards, users sign in with their passwords, and the new tenant goes on
 * numbering records where the old one stopped. A damaged archive or a taken code leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TenantArchiveIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    TenantRegistry registry;

    @EJB
    TenantArchive archive;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    CustomerService customers;

    @EJB
    RoleAdministration roles;

    @Inject
    SchemaMigrations migrations;

    @Resource(lookup = "jdbc/tianzong")
    DataSource dataSource;

    private TestTenants tenants;
    private TenantCode source;
    private final List<TenantCode> imported = new ArrayList<>();

    @BeforeEach
    void sourceTenant() {
        tenants = new TestTenants(provisioning);
        source = tenants.create("it_exp");
        TenantContext.runAs(source, () -> {
            departments.create("SALES", "销售中心", null);
            departments.create("EAST", "华东销售部", "SALES");
            users.create("admin", "陈静", departments.findByCode("SALES").orElseThrow(), Set.of("TENANT_ADMIN"));
            users.create("rep", "张伟", departments.findByCode("EAST").orElseThrow(), Set.of("SALES_REP"));
            users.setInitialPasswords("Archive#2026".toCharArray());
        });
        for (int i = 1; i <= 3; i++) {
            Customer customer = (Customer) RecordSamples.create("customer", "EXP" + i);
            customer.setName("宁波北仑港务物流有限公司 " + i);
            customer.setCreditLimit(new BigDecimal("123456.78"));
            as("rep", () -> customers.save(customer));
        }
        RoleGrants grants = as("admin", () -> roles.grantsOf("SALES_REP"));
        grants.scope("customer", DataScope.DEPARTMENT);
        as("admin", () -> { roles.save(grants); return null; });
    }

    @AfterEach
    void removeTenants() {
        imported.stream().filter(code -> registry.find(code).isPresent()).forEach(provisioning::remove);
        tenants.removeAll();
    }

    @Test
    void TEN01_exportedTenantImportsAsAnotherCodeWithTheSameData() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        archive.export(source.value(), zip, "ops");
        TenantCode copy = TenantCode.of("it_imp_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36));
        imported.add(copy);

        Tenant restored = archive.importAs(new ByteArrayInputStream(zip.toByteArray()), copy.value(), "宁波北仑（恢复）", "ops");

        assertThat(restored.getStatus()).isEqualTo(Tenant.Status.ACTIVE);
        assertThat(restored.getName()).isEqualTo("宁波北仑（恢复）");
        assertThat(migrations.versionOf(copy)).isEqualTo(migrations.versionOf(source));
        for (String table : List.of("department", "user_account", "customer", "role", "role_permission", "role_data_scope",
                "code_item", "audit_entry", "security_policy", "qualitative_indicator", "qualitative_level", "commission_tier")) {
            assertThat(rows(copy, table)).as(table).isNotEmpty().containsExactlyElementsOf(rows(source, table));
        }
        assertThat(TenantContext.callAs(copy, () -> users.authenticate("rep", "Archive#2026".toCharArray()))).isPresent();
        long next = as(copy, "rep", () -> customers.save((Customer) RecordSamples.create("customer", "NEW1")).getId());
        assertThat(next).isGreaterThan(as("rep", () -> customers.findPage(
                com.tianzong.crm.platform.query.PageRequest.firstPage(10)).rows().stream().mapToLong(Customer::getId).max().orElseThrow()));
        assertThat(as(copy, "rep", () -> customers.count(com.tianzong.crm.platform.query.PageRequest.firstPage(10)))).isEqualTo(4);
    }

    @Test
    void TEN01_damagedArchiveOrTakenCodeLeavesNothingBehind() throws Exception {
        TenantCode copy = TenantCode.of("it_bad_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36));
        imported.add(copy);
        assertThatThrownBy(() -> archive.importAs(new ByteArrayInputStream("not a zip at all".getBytes()), copy.value(), "坏档案", "ops"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("archive.invalid"));
        assertThat(registry.find(copy)).isEmpty();

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        archive.export(source.value(), zip, "ops");
        assertThatThrownBy(() -> archive.importAs(new ByteArrayInputStream(zip.toByteArray()), source.value(), "重复", "ops"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("tenant.code.taken"));
        assertThat(schemaExists(copy)).isFalse();
    }

    private List<String> rows(TenantCode tenant, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from \"" + tenant.schemaName() + "\"." + table + " order by id")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.append(meta.getColumnName(column)).append('=').append(result.getString(column)).append(';');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private boolean schemaExists(TenantCode tenant) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from pg_namespace where nspname = '" + tenant.schemaName() + "'")) {
            result.next();
            return result.getLong(1) > 0;
        }
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return as(source, username, work);
    }

    private static <T> T as(TenantCode tenant, String username, java.util.function.Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }
}
