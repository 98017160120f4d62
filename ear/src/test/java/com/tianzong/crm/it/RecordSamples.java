package com.tianzong.crm.it;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.security.Owned;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * The one registry of sample records, one factory per record type, that the suites iterating
 * over all record types use: the data-scope matrix ({@link AccessControlIT}) and the adversarial
 * isolation suite ({@link TenantIsolationAttackIT}), which fails for a registered record type
 * missing here. A new record type joins both with one line: its name and how to make a valid
 * record whose label appears in its list, view and export.
 */
final class RecordSamples {

    static final Map<String, Function<String, ? extends TenantRecord>> FACTORIES = Map.of(
            "customer", RecordSamples::customer,
            "product", RecordSamples::product,
            "productCategory", RecordSamples::productCategory,
            "trainingItem", RecordSamples::trainingItem,
            "commissionRule", RecordSamples::commissionRule);

    private RecordSamples() {
    }

    /** A valid, unsaved record of the type, with the label in its code and its shown name. */
    static TenantRecord create(String recordType, String label) {
        Function<String, ? extends TenantRecord> factory = FACTORIES.get(recordType);
        if (factory == null) {
            throw new IllegalArgumentException("no sample factory for record type " + recordType);
        }
        return factory.apply(label);
    }

    static Owned createOwned(String recordType, String label) {
        return (Owned) create(recordType, label);
    }

    private static Product product(String label) {
        Product product = new Product();
        product.setCode(label);
        product.setName("范围测试产品 " + label);
        product.setUnit("UNIT");
        product.setListPrice(new BigDecimal("1280.00"));
        product.setCost(new BigDecimal("960.00"));
        return product;
    }

    private static ProductCategory productCategory(String label) {
        ProductCategory category = new ProductCategory();
        category.setCode(label);
        category.setName("范围测试分类 " + label);
        return category;
    }

    private static TrainingItem trainingItem(String label) {
        TrainingItem item = new TrainingItem();
        item.setCode(label);
        item.setNameZhCn("范围测试培训 " + label);
        item.setCategory("SKILL");
        item.setHours(new BigDecimal("3.5"));
        return item;
    }

    private static CommissionRuleRecord commissionRule(String label) {
        CommissionRuleRecord rule = new CommissionRuleRecord();
        rule.setCode(label);
        rule.setNameZhCn("范围测试提成 " + label);
        return rule;
    }

    private static Customer customer(String label) {
        Customer customer = new Customer();
        customer.setCode(label);
        customer.setName("范围测试客户 " + label);
        customer.setCustomerType("ENTERPRISE");
        customer.setCreditLimit(new BigDecimal("10000.00"));
        return customer;
    }
}
