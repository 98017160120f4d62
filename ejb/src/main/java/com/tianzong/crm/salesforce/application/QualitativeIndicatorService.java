package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.assessment.IndicatorCategory;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeLevel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
        if (!indicator.isNew() && indicator.getMaxScore() != null) {
            BigDecimal best = levels(indicator).stream().map(QualitativeLevel::getScore).max(BigDecimal::compareTo).orElse(null);
            if (best != null && best.compareTo(indicator.getMaxScore()) != 0) {
                throw new BusinessRuleException("qualitativeIndicator.maxScore.levels", "maxScore", best.toPlainString());
            }
        }
        if (indicator.getNameZhCn() != null) {
            LocalizedName names = LocalizedName.completing(indicator.getNameZhCn(), indicator.getNameZhTw(), indicator.getNameEn());
            indicator.setNameZhTw(names.getTraditional());
            indicator.setNameEn(names.getEnglish());
        }
    }

    @Override
    protected List<?> loadRelated(QualitativeIndicator indicator, String listName) {
        if (!QualitativeIndicatorRecordType.LEVELS.equals(listName)) {
            return super.loadRelated(indicator, listName);
        }
        return levels(indicator);
    }

    /** The indicator categories, in their order (for choosing one and for tests). */
    public List<IndicatorCategory> categories() {
        return em.createQuery("select c from IndicatorCategory c order by c.sortOrder, c.code", IndicatorCategory.class).getResultList();
    }

    private List<QualitativeLevel> levels(QualitativeIndicator indicator) {
        return em.createQuery("select l from QualitativeLevel l where l.indicator.id = :id order by l.levelNo", QualitativeLevel.class)
                .setParameter("id", indicator.getId())
                .getResultList();
    }
}
