package com.tianzong.crm.catalog.application;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RelatedList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The product file (BAS-01) as the generic list, form and 360 view see it. */
@ApplicationScoped
public class ProductRecordType extends DeclaredRecordType<Product> {

    public static final String PRICE_HISTORY = "prices";

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 40).required().searchable(),
            RecordField.text("name", 200).required().searchable(),
            RecordField.text("spec", 200).searchable(),
            RecordField.reference("category", "path"),
            RecordField.code("unit", "UNIT").required(),
            RecordField.flag("active"),
            RecordField.money("listPrice").required().inGroup("price"),
            RecordField.money("cost").notListed().inGroup("price"),
            RecordField.decimal("taxRate", 2).unit("%").required().notListed().inGroup("price"),
            RecordField.text("barcode", 32).searchable().notListed().inGroup("stock"),
            RecordField.decimal("stockOnHand", 3).required().inGroup("stock"),
            RecordField.decimal("stockReserved", 3).readOnly().notListed().inGroup("stock"),
            RecordField.decimal("stockAvailable", 3).readOnly().notListed().inGroup("stock"),
            RecordField.integer("warrantyMonths").notListed().inGroup("stock"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RelatedList> RELATED = List.of(
            new RelatedList(PRICE_HISTORY, "productPrice", List.of(
                    RecordField.timestamp("changedAt"),
                    RecordField.money("listPrice"),
                    RecordField.money("cost"),
                    RecordField.text("changedBy", 50))));

    public ProductRecordType() {
        super("product", "BAS-01", "BAS", Product.class, "code",
                List.of("basic", "price", "stock", "record"), FIELDS);
        declareRelatedLists(RELATED);
    }

    @EJB
    ProductService service;

    @Override
    public RecordService<Product> service() {
        return service;
    }
}
