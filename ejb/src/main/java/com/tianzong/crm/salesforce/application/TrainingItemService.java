package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Training items (BAS-03): the preset ones and the company's own. A name left empty in
 * Traditional Chinese is converted from the Simplified one; one left empty in English takes it too.
 */
@Stateless
@TenantAware
public class TrainingItemService extends AbstractRecordService<TrainingItem> {

    @Inject
    TrainingItemRecordType type;

    @Override
    protected RecordType<TrainingItem> type() {
        return type;
    }

    @Override
    public TrainingItem newRecord() {
        return new TrainingItem();
    }

    @Override
    protected void checkRules(TrainingItem item) {
        if (item.getCode() != null && taken("code", item.getCode(), item)) {
            throw new BusinessRuleException("trainingItem.code.taken", "code", item.getCode());
        }
        if (item.getNameZhCn() != null) {
            LocalizedName names = LocalizedName.completing(item.getNameZhCn(), item.getNameZhTw(), item.getNameEn());
            item.setNameZhTw(names.getTraditional());
            item.setNameEn(names.getEnglish());
        }
    }
}
