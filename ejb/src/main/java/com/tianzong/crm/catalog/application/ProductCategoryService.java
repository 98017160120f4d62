package com.tianzong.crm.catalog.application;

import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The product category tree: a category never moves below itself, its path follows its name and
 * its parent's (for the whole subtree), and it is deleted only when nothing is filed under it.
 */
@Stateless
@TenantAware
public class ProductCategoryService extends AbstractRecordService<ProductCategory> {

    @Inject
    ProductCategoryRecordType type;

    @Override
    protected RecordType<ProductCategory> type() {
        return type;
    }

    @Override
    public ProductCategory newRecord() {
        return new ProductCategory();
    }

    @Override
    protected void checkRules(ProductCategory category) {
        if (category.getCode() != null && taken("code", category.getCode(), category)) {
            throw new BusinessRuleException("productCategory.code.taken", "code", category.getCode());
        }
        if (category.getParent() != null) {
            // the parent as stored now, with its own parents, not as the form last saw it
            ProductCategory parent = em.find(ProductCategory.class, category.getParent().getId());
            if (parent == null) {
                throw new BusinessRuleException("productCategory.parent.unknown", "parent");
            }
            if (!category.isNew() && category.isAncestorOf(parent)) {
                throw new BusinessRuleException("productCategory.parent.cycle", "parent", parent.getName());
            }
            category.setParent(parent);
        }
        category.refreshPath();
    }

    @Override
    protected void afterSave(ProductCategory saved, Map<String, String> before) {
        if (before != null && !Objects.equals(before.get("name"), saved.getName())
                || before != null && !Objects.equals(before.get("parent"), saved.getParent() == null ? null
                        : saved.getParent().getPath() + " #" + saved.getParent().getId())) {
            refreshSubtree(saved);
        }
    }

    /** Gives every category below {@code root} the path that follows from the new one. */
    private void refreshSubtree(ProductCategory root) {
        Deque<ProductCategory> pending = new ArrayDeque<>(children(root));
        while (!pending.isEmpty()) {
            ProductCategory child = pending.pop();
            child.refreshPath();
            pending.addAll(children(child));
        }
    }

    private List<ProductCategory> children(ProductCategory parent) {
        return em.createQuery("select c from ProductCategory c where c.parent = :parent", ProductCategory.class)
                .setParameter("parent", parent).getResultList();
    }

    @Override
    protected void checkDeletable(ProductCategory category) {
        long below = em.createQuery("select count(c) from ProductCategory c where c.parent = :category", Long.class)
                .setParameter("category", category).getSingleResult();
        long products = em.createQuery("select count(p) from Product p where p.category = :category", Long.class)
                .setParameter("category", category).getSingleResult();
        if (below > 0 || products > 0) {
            throw new BusinessRuleException("productCategory.inUse", null, Long.toString(below), Long.toString(products));
        }
    }
}
