package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Sales organisations (销售组织, ORG-01): the department tree, seen from the sales side with a
 * 360 view of each node's sub-organisations, reps and customers (targets, plans, orders and
 * expenses join as their modules land). The tree itself is kept on the departments page of the
 * administration, so here every field is read-only.
 */
@ApplicationScoped
public class SalesOrgRecordType extends DeclaredRecordType<Department> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 30).readOnly().searchable(),
            RecordField.text("name", 100).readOnly().searchable(),
            RecordField.reference("parent", "name").readOnly(),
            RecordField.flag("active").readOnly());

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.records("reps", "salesRep", "department", List.of(
                    RecordField.text("employeeNo", 30),
                    RecordField.text("name", 50),
                    RecordField.reference("position", "name"),
                    RecordField.code("grade", "POSITION_GRADE"),
                    RecordField.code("status", "REP_STATUS"),
                    RecordField.date("hireDate"))),
            RelatedList.records("children", "salesOrg", "parent", List.of(
                    RecordField.text("code", 30),
                    RecordField.text("name", 100),
                    RecordField.flag("active"))),
            RelatedList.records("customers", "customer", "department", List.of(
                    RecordField.text("code", 30),
                    RecordField.text("name", 200),
                    RecordField.reference("owner", "displayName"),
                    RecordField.money("creditLimit"))),
            RelatedList.records("quotas", "quota", "department", List.of(
                    RecordField.code("kind", "QUOTA_KIND"),
                    RecordField.reference("rep", "name"),
                    RecordField.date("periodStart"),
                    RecordField.date("periodEnd"),
                    RecordField.decimal("limitAmount", 2),
                    RecordField.code("grade", "POSITION_GRADE"))));

    public SalesOrgRecordType() {
        super("salesOrg", "ORG-01", "ORG", Department.class, "code", List.of("basic"), FIELDS);
        declareRelatedLists(RELATED);
    }

    @EJB
    SalesOrgService service;

    @Override
    public RecordService<Department> service() {
        return service;
    }
}
