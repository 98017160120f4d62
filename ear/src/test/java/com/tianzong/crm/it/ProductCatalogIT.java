package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.catalog.application.ProductCategoryService;
import com.tianzong.crm.catalog.application.ProductRecordType;
import com.tianzong.crm.catalog.application.ProductService;
import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.catalog.domain.ProductPriceChange;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BAS-01 in the container: the product file's rules, its price history, the category tree and who may do what. */
@ExtendWith(ArquillianExtension.class)
class ProductCatalogIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    ProductService products;

    @EJB
    ProductCategoryService categories;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void company() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_product");
        TenantContext.runAs(tenant, () -> {
            departments.create("HQ", "总经理办公室", null);
            departments.create("SALES", "销售中心", null);
            users.create("admin", "陈静", departments.findByCode("HQ").orElseThrow(), Set.of("TENANT_ADMIN"));
            users.create("finance", "刘洋", departments.findByCode("HQ").orElseThrow(), Set.of("FINANCE"));
            users.create("rep", "张伟", departments.findByCode("SALES").orElseThrow(), Set.of("SALES_REP"));
            users.create("norole", "访客", departments.findByCode("SALES").orElseThrow(), Set.of());
        });
    }

    @AfterEach
    void removeCompany() {
        tenants.removeAll();
    }

    @Test
    void BAS01_everyPriceChangeIsKeptNewestFirstWithWhoChangedIt() {
        long id = as("admin", () -> products.save(product("YE3-132M-4", "3680.00", "2790.00")).getId());
        as("finance", () -> {
            Product product = products.get(id);
            product.setListPrice(new BigDecimal("3580.00"));
            return products.save(product);
        });
        as("admin", () -> {
            Product product = products.get(id);
            product.setName("YE3 超高效电机 7.5kW（新款）");
            return products.save(product);
        });
        List<?> history = as("admin", () -> products.related(id, ProductRecordType.PRICE_HISTORY));
        assertThat(history).hasSize(2).allSatisfy(row -> assertThat(row).isInstanceOf(ProductPriceChange.class));
        ProductPriceChange newest = (ProductPriceChange) history.get(0);
        ProductPriceChange first = (ProductPriceChange) history.get(1);
        assertThat(newest.getListPrice()).isEqualByComparingTo("3580.00");
        assertThat(newest.getCost()).isEqualByComparingTo("2790.00");
        assertThat(newest.getChangedBy()).isEqualTo("finance");
        assertThat(first.getListPrice()).isEqualByComparingTo("3680.00");
        assertThat(first.getChangedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> as("admin", () -> products.related(id, "nonsense"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("norole", () -> products.related(id, ProductRecordType.PRICE_HISTORY)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void BAS01_codeAndBarcodeAreUniqueAndABarcodeMustCheckOut() {
        as("admin", () -> {
            Product first = product("VFD-G7-7R5", "2980.00", null);
            first.setBarcode("6901234567915");
            return products.save(first);
        });
        assertRefused(() -> as("admin", () -> products.save(product("VFD-G7-7R5", "1.00", null))), "product.code.taken");
        Product sameBarcode = product("VFD-G7-022", "6860.00", null);
        sameBarcode.setBarcode("6901234567915");
        assertRefused(() -> as("admin", () -> products.save(sameBarcode)), "product.barcode.taken");
        Product mistyped = product("VFD-G7-022", "6860.00", null);
        mistyped.setBarcode("6901234567916");
        assertRefused(() -> as("admin", () -> products.save(mistyped)), "product.barcode.checkDigit");
        Product tooPrecise = product("VFD-G7-030", "6860.005", null);
        assertThatThrownBy(() -> as("admin", () -> products.save(tooPrecise)))
                .as("three decimals on a price").isInstanceOf(ConstraintViolationException.class);
        Product badCode = product("VFD G7/030", "6860.00", null);
        assertThatThrownBy(() -> as("admin", () -> products.save(badCode))).isInstanceOf(ConstraintViolationException.class);
        assertThat(as("admin", () -> products.count(PageRequest.firstPage(10)))).as("nothing else saved").isEqualTo(1);
    }

    @Test
    void BAS01_categoryPathsFollowRenamesAndMovesAndTheTreeHasNoCycles() {
        ProductCategory motors = as("admin", () -> categories.save(category("MOTOR", "电机", null)));
        ProductCategory servo = as("admin", () -> categories.save(category("SERVO", "伺服电机", motors)));
        ProductCategory small = as("admin", () -> categories.save(category("SERVO_S", "小功率", servo)));
        assertThat(small.getPath()).isEqualTo("电机 / 伺服电机 / 小功率");

        as("admin", () -> {
            ProductCategory renamed = categories.get(motors.getId());
            renamed.setName("电动机");
            return categories.save(renamed);
        });
        assertThat(as("admin", () -> categories.get(small.getId()).getPath())).isEqualTo("电动机 / 伺服电机 / 小功率");

        ProductCategory drives = as("admin", () -> categories.save(category("DRIVE", "传动", null)));
        as("admin", () -> {
            ProductCategory moved = categories.get(servo.getId());
            moved.setParent(categories.get(drives.getId()));
            return categories.save(moved);
        });
        assertThat(as("admin", () -> categories.get(small.getId()).getPath())).isEqualTo("传动 / 伺服电机 / 小功率");

        assertRefused(() -> as("admin", () -> {
            ProductCategory loop = categories.get(drives.getId());
            loop.setParent(categories.get(small.getId()));
            return categories.save(loop);
        }), "productCategory.parent.cycle");
        assertThat(as("admin", () -> categories.get(drives.getId()).getParent())).as("unchanged").isNull();
    }

    @Test
    void BAS01_aCategoryInUseCannotBeDeleted() {
        ProductCategory motors = as("admin", () -> categories.save(category("MOTOR", "电机", null)));
        Product motor = product("YE3-132M-4", "3680.00", null);
        motor.setCategory(motors);
        long productId = as("admin", () -> products.save(motor).getId());
        int version = as("admin", () -> categories.get(motors.getId()).getVersion());
        assertRefused(() -> as("admin", () -> {
            categories.delete(motors.getId(), version);
            return null;
        }), "productCategory.inUse");
        as("admin", () -> {
            products.delete(productId, products.get(productId).getVersion());
            categories.delete(motors.getId(), version);
            return null;
        });
        assertThat(as("admin", () -> categories.find(motors.getId()))).isEmpty();
    }

    @Test
    void BAS01_repsSeeTheProductFileFinanceMaintainsPrices() {
        long id = as("admin", () -> products.save(product("BRG-6308-2RS", "86.50", "52.30")).getId());
        assertThat(as("rep", products::allowedActions)).containsExactly(PermissionAction.VIEW);
        assertThat(as("rep", () -> products.get(id).getListPrice())).isEqualByComparingTo("86.50");
        assertThatThrownBy(() -> as("rep", () -> {
            Product product = products.get(id);
            product.setListPrice(new BigDecimal("1.00"));
            return products.save(product);
        })).isInstanceOf(PermissionDeniedException.class);
        assertThat(as("finance", products::allowedActions)).contains(PermissionAction.EDIT).doesNotContain(PermissionAction.DELETE);
        assertThatThrownBy(() -> as("norole", () -> products.findPage(PageRequest.firstPage(10)))).isInstanceOf(PermissionDeniedException.class);
        assertThat(as("admin", () -> products.get(id).getListPrice())).as("the rep changed nothing").isEqualByComparingTo("86.50");
    }

    private <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }

    private static Product product(String code, String listPrice, String cost) {
        Product product = new Product();
        product.setCode(code);
        product.setName("测试产品 " + code);
        product.setUnit("UNIT");
        product.setListPrice(new BigDecimal(listPrice));
        product.setCost(cost == null ? null : new BigDecimal(cost));
        return product;
    }

    private static ProductCategory category(String code, String name, ProductCategory parent) {
        ProductCategory category = new ProductCategory();
        category.setCode(code);
        category.setName(name);
        category.setParent(parent);
        return category;
    }

    private static void assertRefused(Runnable work, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(BusinessRuleException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }
}
