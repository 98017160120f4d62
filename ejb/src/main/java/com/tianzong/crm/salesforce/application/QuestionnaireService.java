package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.Questionnaire;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assessment questionnaires (BAS-05). Its lines are set together: each names an active
 * indicator once, a quantitative one needs a formula (the system must be able to work it out)
 * and a target above zero, a qualitative one has no target, every weight is above zero and the
 * weights make exactly 100 %. A questionnaire assessments were made with is not deleted.
 */
@Stateless
@TenantAware
public class QuestionnaireService extends AbstractRecordService<Questionnaire> {

    /** A line as the user enters it: which kind of indicator, which one, its weight in percent and (quantitative) target. */
    public record ItemInput(boolean qualitative, Long indicatorId, BigDecimal weight, BigDecimal target) implements Serializable {
    }

    @Inject
    QuestionnaireRecordType type;

    @Override
    protected RecordType<Questionnaire> type() {
        return type;
    }

    @Override
    public Questionnaire newRecord() {
        return new Questionnaire();
    }

    @Override
    protected void checkRules(Questionnaire questionnaire) {
        if (questionnaire.getCode() != null && taken("code", questionnaire.getCode(), questionnaire)) {
            throw new BusinessRuleException("questionnaire.code.taken", "code", questionnaire.getCode());
        }
    }

    @Override
    protected void checkDeletable(Questionnaire questionnaire) {
        long used = em.createQuery("select count(a) from Assessment a where a.questionnaire = :q", Long.class)
                .setParameter("q", questionnaire).getSingleResult();
        if (used > 0) {
            throw new BusinessRuleException("questionnaire.inUse", null, Long.toString(used));
        }
    }

    /** Replaces the lines of a questionnaire the caller may edit, after checking them all; {@code expectedVersion} guards against lost updates. */
    public Questionnaire replaceItems(long id, int expectedVersion, List<ItemInput> inputs) {
        Questionnaire questionnaire = get(id);
        if (questionnaire.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(questionnaire);
        }
        List<Questionnaire.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        int number = 0;
        for (ItemInput input : inputs) {
            number++;
            String line = Integer.toString(number);
            if (input.indicatorId() == null) {
                throw new BusinessRuleException("questionnaire.item.indicatorMissing", null, line);
            }
            if (input.weight() == null || input.weight().signum() <= 0 || input.weight().compareTo(Questionnaire.FULL_WEIGHT) > 0) {
                throw new BusinessRuleException("questionnaire.item.weight", null, line);
            }
            if (input.weight().stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleException("questionnaire.item.weight", null, line);
            }
            total = total.add(input.weight());
            if (input.qualitative()) {
                QualitativeIndicator indicator = em.find(QualitativeIndicator.class, input.indicatorId());
                if (indicator == null || !indicator.isActive()) {
                    throw new BusinessRuleException("questionnaire.item.indicatorMissing", null, line);
                }
                if (!seen.add("L" + indicator.getId())) {
                    throw new BusinessRuleException("questionnaire.item.twice", null, indicator.getNameZhCn());
                }
                lines.add(new Questionnaire.Line(null, indicator, input.weight().setScale(2), null));
            } else {
                QuantitativeIndicator indicator = em.find(QuantitativeIndicator.class, input.indicatorId());
                if (indicator == null || !indicator.isActive()) {
                    throw new BusinessRuleException("questionnaire.item.indicatorMissing", null, line);
                }
                if (!indicator.isComputed()) {
                    throw new BusinessRuleException("questionnaire.item.noFormula", null, indicator.getNameZhCn());
                }
                if (input.target() == null || input.target().signum() <= 0) {
                    throw new BusinessRuleException("questionnaire.item.target", null, indicator.getNameZhCn());
                }
                if (!seen.add("N" + indicator.getId())) {
                    throw new BusinessRuleException("questionnaire.item.twice", null, indicator.getNameZhCn());
                }
                lines.add(new Questionnaire.Line(indicator, null, input.weight().setScale(2), input.target().setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        }
        if (total.compareTo(Questionnaire.FULL_WEIGHT) != 0) {
            throw new BusinessRuleException("questionnaire.weights.total", null, total.setScale(2).toPlainString());
        }
        em.detach(questionnaire);
        questionnaire.replaceItems(lines);
        questionnaire.touch();
        return save(questionnaire);
    }

    /** The indicators a line may name, active ones in their order. */
    public List<QuantitativeIndicator> quantitativeChoices() {
        return em.createQuery("select i from QuantitativeIndicator i where i.active = true and i.expression is not null order by i.sortOrder, i.code",
                QuantitativeIndicator.class).getResultList();
    }

    public List<QualitativeIndicator> qualitativeChoices() {
        return em.createQuery("select i from QualitativeIndicator i where i.active = true order by i.sortOrder, i.code",
                QualitativeIndicator.class).getResultList();
    }
}
