package com.tianzong.crm.catalog.application;

import com.tianzong.crm.catalog.domain.Barcodes;
import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.catalog.domain.ProductPriceChange;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The product file's use cases; every change of list price or cost is kept in the price history. */
@Stateless
@TenantAware
public class ProductService extends AbstractRecordService<Product> {

    @Inject
    ProductRecordType type;

    @Override
    protected RecordType<Product> type() {
        return type;
    }

    @Override
    public Product newRecord() {
        Product product = new Product();
        product.setUnit("UNIT");
        return product;
    }

    @Override
    protected void checkRules(Product product) {
        if (product.getCode() != null && taken("code", product.getCode(), product)) {
            throw new BusinessRuleException("product.code.taken", "code", product.getCode());
        }
        if (product.getBarcode() != null) {
            if (!Barcodes.checkDigitValid(product.getBarcode())) {
                throw new BusinessRuleException("product.barcode.checkDigit", "barcode", product.getBarcode());
            }
            if (taken("barcode", product.getBarcode(), product)) {
                throw new BusinessRuleException("product.barcode.taken", "barcode", product.getBarcode());
            }
        }
        if (product.getCategory() != null && !product.getCategory().isActive() && product.isNew()) {
            throw new BusinessRuleException("product.category.inactive", "category", product.getCategory().getName());
        }
    }

    @Override
    protected void afterSave(Product saved, Map<String, String> before) {
        boolean priceChanged = before == null
                || !Objects.equals(before.get("listPrice"), saved.getListPrice().toPlainString())
                || !Objects.equals(before.get("cost"), saved.getCost() == null ? null : saved.getCost().toPlainString());
        if (priceChanged) {
            em.persist(new ProductPriceChange(saved, actor()));
        }
    }

    @Override
    protected List<?> loadRelated(Product product, String listName) {
        if (!ProductRecordType.PRICE_HISTORY.equals(listName)) {
            return super.loadRelated(product, listName);
        }
        return em.createQuery("select p from ProductPriceChange p where p.product = :product order by p.changedAt desc, p.id desc",
                        ProductPriceChange.class)
                .setParameter("product", product)
                .setMaxResults(500)
                .getResultList();
    }
}
