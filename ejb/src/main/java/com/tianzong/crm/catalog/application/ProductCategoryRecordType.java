package com.tianzong.crm.catalog.application;

import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Product categories (BAS-01) as the generic pages see them: a tree shown by its paths. */
@ApplicationScoped
public class ProductCategoryRecordType extends DeclaredRecordType<ProductCategory> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 30).required().searchable(),
            RecordField.text("name", 100).required().searchable(),
            RecordField.reference("parent", "path"),
            RecordField.text("path", 500).searchable().readOnly(),
            RecordField.integer("sortOrder").notListed(),
            RecordField.flag("active"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public ProductCategoryRecordType() {
        super("productCategory", "BAS-01", "BAS", ProductCategory.class, "code",
                List.of("basic", "record"), FIELDS);
    }

    @EJB
    ProductCategoryService service;

    @Override
    public RecordService<ProductCategory> service() {
        return service;
    }
}
