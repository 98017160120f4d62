package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Sales organisations (ORG-01) for reading: the list, the 360 view and the export. The tree is
 * changed only through the department administration, which keeps its rules (no cycles, closing
 * only when empty) and its audit; a grant to change it here is refused with that hint.
 */
@Stateless
@TenantAware
public class SalesOrgService extends AbstractRecordService<Department> {

    @Inject
    SalesOrgRecordType type;

    @Override
    protected RecordType<Department> type() {
        return type;
    }

    @Override
    public Department newRecord() {
        throw new BusinessRuleException("salesOrg.changeInDepartments", null);
    }

    @Override
    protected void checkRules(Department department) {
        throw new BusinessRuleException("salesOrg.changeInDepartments", null);
    }

    @Override
    protected void checkDeletable(Department department) {
        throw new BusinessRuleException("salesOrg.changeInDepartments", null);
    }
}
