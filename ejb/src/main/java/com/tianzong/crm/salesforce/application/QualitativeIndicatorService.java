package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.assessment.IndicatorCategory;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeIndicator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Qualitative indicators (BAS-04): codes are unique, names are completed in three languages, and
 * the highest score stays the score of the best level, so a manager's scoring and the total agree.
 */
@Stateless
@TenantAware
public class QualitativeIndicatorService extends AbstractRecordService<QualitativeIndicator> {

    @Inject
    QualitativeIndicatorRecordType type;

    @Override
    protected RecordType<QualitativeIndicator> type() {
        return type;
    }

    @Override
    public QualitativeIndicator newRecord() {
        return new QualitativeIndicator();
    }

    @Override
    protected void checkRules(QualitativeIndicator indicator) {
        if (indicator.getCode() != null && taken("code", indicator.getCode(), indicator)) {
            throw new BusinessRuleException("qualitativeIndicator.code.taken", "code", indicator.getCode());
        }
        indicator.checkLevels();
        if (indicator.getNameZhCn() != null) {
            LocalizedName names = LocalizedName.completing(indicator.getNameZhCn(), indicator.getNameZhTw(), indicator.getNameEn());
            indicator.setNameZhTw(names.getTraditional());
            indicator.setNameEn(names.getEnglish());
        }
    }

    /** The indicator categories, in their order (for choosing one and for tests). */
    public List<IndicatorCategory> categories() {
        return em.createQuery("select c from IndicatorCategory c order by c.sortOrder, c.code", IndicatorCategory.class).getResultList();
    }
}
