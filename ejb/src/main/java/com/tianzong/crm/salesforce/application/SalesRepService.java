package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/**
 * Salesperson files (ORG-04). Each belongs to one user account, named by whoever creates it (not
 * taken from the creator); employee numbers are unique; a rep joins an open department; a rep
 * who has left has a leaving date on or after the hire date.
 */
@Stateless
@TenantAware
public class SalesRepService extends AbstractRecordService<SalesRep> {

    @Inject
    SalesRepRecordType type;

    @Override
    protected RecordType<SalesRep> type() {
        return type;
    }

    @EJB
    QuotaChecks quotaChecks;

    @EJB
    CommissionRecordService commissions;

    @EJB
    com.tianzong.crm.platform.administration.CompanyProfiles profiles;

    /** Works out the rep's commission for this month under every rule in force for him (ORG-08). */
    public static final String COMMISSIONS = "commissions";

    @Override
    protected boolean commandAvailable(SalesRep rep, String command) {
        return COMMISSIONS.equals(command);
    }

    @Override
    protected com.tianzong.crm.platform.records.CommandOutcome carryOut(SalesRep rep, com.tianzong.crm.platform.records.RecordCommand command,
                                                                       String reason) {
        if (!COMMISSIONS.equals(command.name())) {
            throw new IllegalArgumentException(command.name());
        }
        java.time.YearMonth month = java.time.YearMonth.from(profiles.today());
        int worked = commissions.workOutMonth(rep, month);
        return com.tianzong.crm.platform.records.CommandOutcome.show(type.name(), rep.getId())
                .with(com.tianzong.crm.platform.records.CommandOutcome.Notice.of("commission.monthWorkedOut",
                        Integer.toString(worked), month.toString()));
    }

    @Override
    public SalesRep newRecord() {
        return new SalesRep();
    }

    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    @Override
    protected void checkRules(SalesRep rep) {
        if (rep.getEmployeeNo() != null && taken("employeeNo", rep.getEmployeeNo(), rep)) {
            throw new BusinessRuleException("salesRep.employeeNo.taken", "employeeNo", rep.getEmployeeNo());
        }
        if (rep.getOwner() != null && taken("owner", rep.getOwner(), rep)) {
            throw new BusinessRuleException("salesRep.owner.taken", "owner", rep.getOwner().getDisplayName());
        }
        Department department = rep.getDepartment() == null ? null : em.find(Department.class, rep.getDepartment().getId());
        if (department != null && !department.isActive()) {
            throw new BusinessRuleException("salesRep.department.closed", "department", department.getName());
        }
        if (SalesRep.LEFT.equals(rep.getStatus()) && rep.getLeaveDate() == null) {
            throw new BusinessRuleException("salesRep.leaveDate.required", "leaveDate");
        }
        if (rep.getLeaveDate() != null && rep.getHireDate() != null && rep.getLeaveDate().isBefore(rep.getHireDate())) {
            throw new BusinessRuleException("salesRep.leaveDate.beforeHire", "leaveDate", rep.getHireDate().toString());
        }
    }

    /**
     * A hire, a move to another organisation or a return from having left adds a head to an
     * organisation: its head-count quotas are checked (ORG-02), from the day the rep counts.
     */
    @Override
    protected void afterSave(SalesRep saved, Map<String, String> before) {
        boolean joins = before == null
                || !String.valueOf(before.get("department")).endsWith("#" + saved.getDepartment().getId())
                || SalesRep.LEFT.equals(before.get("status")) && !SalesRep.LEFT.equals(saved.getStatus());
        if (joins && !SalesRep.LEFT.equals(saved.getStatus())) {
            LocalDate today = LocalDate.now();
            quotaChecks.checkHeadCount(saved.getDepartment(), saved.getHireDate().isAfter(today) ? saved.getHireDate() : today);
        }
    }
}
