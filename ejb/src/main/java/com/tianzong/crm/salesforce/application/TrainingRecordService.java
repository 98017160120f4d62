package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import com.tianzong.crm.salesforce.domain.TrainingRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Training records (ORG-06): a record belongs to the rep it is about (and lies in the rep's
 * organisation); its hours default to the training item's; a training before the rep was hired
 * is refused; a score goes with a result of passed or failed.
 */
@Stateless
@TenantAware
public class TrainingRecordService extends AbstractRecordService<TrainingRecord> {

    @Inject
    TrainingRecordRecordType type;

    @Override
    protected RecordType<TrainingRecord> type() {
        return type;
    }

    @Override
    public TrainingRecord newRecord() {
        return new TrainingRecord();
    }

    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    @Override
    protected void checkRules(TrainingRecord record) {
        if (record.getRep() != null) {
            SalesRep rep = em.find(SalesRep.class, record.getRep().getId());
            record.assignTo(rep.getOwner(), rep.getDepartment());
            if (record.getTrainingDate() != null && record.getTrainingDate().isBefore(rep.getHireDate())) {
                throw new BusinessRuleException("trainingRecord.beforeHire", "trainingDate", rep.getHireDate().toString());
            }
        }
        if (record.getHours() == null && record.getTrainingItem() != null) {
            record.setHours(em.find(TrainingItem.class, record.getTrainingItem().getId()).getHours());
        }
        if (record.getScore() != null && !("PASSED".equals(record.getResult()) || "FAILED".equals(record.getResult()))) {
            throw new BusinessRuleException("trainingRecord.scoreWithoutResult", "score");
        }
    }
}
