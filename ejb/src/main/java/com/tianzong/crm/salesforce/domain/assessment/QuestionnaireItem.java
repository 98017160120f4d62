package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a questionnaire: a quantitative indicator with its target, or a qualitative one; and its weight in percent. */
@Entity
@Table(name = "questionnaire_item")
public class QuestionnaireItem extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_id", nullable = false, updatable = false)
    private Questionnaire questionnaire;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "quantitative_indicator_id")
    private QuantitativeIndicator quantitative;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "qualitative_indicator_id")
    private QualitativeIndicator qualitative;

    @Column(name = "weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "target", precision = 14, scale = 2)
    private BigDecimal target;

    protected QuestionnaireItem() {
    }

    QuestionnaireItem(Questionnaire questionnaire, int sortOrder, QuantitativeIndicator quantitative, QualitativeIndicator qualitative,
                      BigDecimal weight, BigDecimal target) {
        this.questionnaire = questionnaire;
        this.sortOrder = sortOrder;
        this.quantitative = quantitative;
        this.qualitative = qualitative;
        this.weight = weight;
        this.target = target;
    }

    public boolean isQualitative() {
        return qualitative != null;
    }

    public String getIndicatorCode() {
        return isQualitative() ? qualitative.getCode() : quantitative.getCode();
    }

    public String getIndicatorName() {
        return isQualitative() ? qualitative.getNameZhCn() : quantitative.getNameZhCn();
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public QuantitativeIndicator getQuantitative() {
        return quantitative;
    }

    public QualitativeIndicator getQualitative() {
        return qualitative;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
