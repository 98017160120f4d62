package com.tianzong.crm.sales.application;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import java.util.List;

/**
 * What sales are summed by in the sales analysis (SAL-10): the day, the customer, the product, its
 * category, the rep or the department of the documents. Each gives a key (an id, or the day) and
 * a label, read from the document or from its line.
 */
public enum SalesDimension {

    DAY, CUSTOMER, PRODUCT, CATEGORY, REP, DEPARTMENT;

    /** The key and the label of a document line along this dimension; both null where it has none (a product without a category). */
    List<Expression<?>> keyAndLabel(From<?, ?> document, From<?, ?> line) {
        return switch (this) {
            case DAY -> List.of(document.get("documentDate"), document.get("documentDate"));
            case CUSTOMER -> List.of(document.get("customer").get("id"), document.get("customer").get("name"));
            case PRODUCT -> List.of(line.get("product").get("id"), line.get("product").get("name"));
            case CATEGORY -> {
                From<?, ?> category = line.join("product").join("category", JoinType.LEFT);
                yield List.of(category.get("id"), category.get("path"));
            }
            case REP -> {
                From<?, ?> owner = document.join("owner", JoinType.LEFT);
                yield List.of(owner.get("id"), owner.get("displayName"));
            }
            case DEPARTMENT -> {
                From<?, ?> department = document.join("department", JoinType.LEFT);
                yield List.of(department.get("id"), department.get("name"));
            }
        };
    }
}
