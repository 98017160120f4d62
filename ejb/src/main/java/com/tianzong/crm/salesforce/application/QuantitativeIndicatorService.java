package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.assessment.FormulaException;
import com.tianzong.crm.salesforce.domain.assessment.IndicatorFormula;
import com.tianzong.crm.salesforce.domain.assessment.IndicatorPreview;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Quantitative indicators (BAS-04). A formula is checked when it is saved — syntax, metrics the
 * system knows, no division by zero whatever the data — and kept as normalised; an indicator is
 * worked out for a rep and period from the metrics' values.
 */
@Stateless
@TenantAware
public class QuantitativeIndicatorService extends AbstractRecordService<QuantitativeIndicator> {

    @Inject
    QuantitativeIndicatorRecordType type;

    @Inject
    MetricCatalogue metrics;

    @EJB
    SalesRepService reps;

    @Override
    protected RecordType<QuantitativeIndicator> type() {
        return type;
    }

    @Override
    public QuantitativeIndicator newRecord() {
        return new QuantitativeIndicator();
    }

    @Override
    protected void checkRules(QuantitativeIndicator indicator) {
        if (indicator.getCode() != null && taken("code", indicator.getCode(), indicator)) {
            throw new BusinessRuleException("quantitativeIndicator.code.taken", "code", indicator.getCode());
        }
        if (indicator.getExpression() != null) {
            try {
                indicator.setExpression(IndicatorFormula.parse(indicator.getExpression(), metrics.codes()).text());
            } catch (FormulaException e) {
                throw new BusinessRuleException(e.getMessageKey(), "expression", e.getArguments().toArray(String[]::new));
            }
        }
        if (indicator.getNameZhCn() != null) {
            LocalizedName names = LocalizedName.completing(indicator.getNameZhCn(), indicator.getNameZhTw(), indicator.getNameEn());
            indicator.setNameZhTw(names.getTraditional());
            indicator.setNameEn(names.getEnglish());
        }
    }

    /**
     * The indicator worked out for a rep the caller may see, over {@code from} to {@code to}; a
     * rep outside the caller's scope is "not found".
     */
    public IndicatorPreview preview(long indicatorId, long repId, LocalDate from, LocalDate to) {
        QuantitativeIndicator indicator = get(indicatorId);
        SalesRep rep = reps.find(repId).orElseThrow(() -> new RecordNotFoundException(SalesRep.class, repId));
        if (to.isBefore(from)) {
            throw new BusinessRuleException("indicator.preview.periodReversed", null, from.toString());
        }
        if (!indicator.isComputed()) {
            return IndicatorPreview.failed(Map.of(), "indicator.preview.noFormula", java.util.List.of());
        }
        IndicatorFormula formula;
        try {
            formula = IndicatorFormula.parse(indicator.getExpression(), metrics.codes());
        } catch (FormulaException e) {
            return IndicatorPreview.failed(Map.of(), e.getMessageKey(), e.getArguments());
        }
        Map<String, BigDecimal> values = metrics.values(formula.metrics(), rep, from, to);
        try {
            return IndicatorPreview.computed(values, formula.evaluate(values));
        } catch (FormulaException e) {
            return IndicatorPreview.failed(values, e.getMessageKey(), e.getArguments());
        }
    }
}
