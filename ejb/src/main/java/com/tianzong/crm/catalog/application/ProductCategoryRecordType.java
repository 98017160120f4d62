package com.tianzong.crm.catalog.application;

import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Product categories (BAS-01) as the generic pages see them: a tree shown by its paths. */
@ApplicationScoped
public class ProductCategoryRecordType implements RecordType<ProductCategory> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 30).required().searchable(),
            RecordField.text("name", 100).required().searchable(),
            RecordField.reference("parent", "path"),
            RecordField.text("path", 500).searchable().readOnly(),
            RecordField.integer("sortOrder").notListed(),
            RecordField.flag("active"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    @EJB
    ProductCategoryService service;

    @Override
    public String name() {
        return "productCategory";
    }

    @Override
    public String featureId() {
        return "BAS-01";
    }

    @Override
    public String menuGroup() {
        return "BAS";
    }

    @Override
    public Class<ProductCategory> entityClass() {
        return ProductCategory.class;
    }

    @Override
    public List<RecordField> fields() {
        return FIELDS;
    }

    @Override
    public Optional<String> naturalKey() {
        return Optional.of("code");
    }

    @Override
    public List<String> groups() {
        return List.of("basic", "record");
    }

    @Override
    public RecordService<ProductCategory> service() {
        return service;
    }
}
