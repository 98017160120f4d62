package com.tianzong.crm.web.base;

import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.application.QuestionnaireRecordType;
import com.tianzong.crm.salesforce.application.QuestionnaireService;
import com.tianzong.crm.salesforce.application.QuestionnaireService.ItemInput;
import com.tianzong.crm.salesforce.domain.assessment.Questionnaire;
import com.tianzong.crm.salesforce.domain.assessment.QuestionnaireItem;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.records.RecordMessages;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire's lines (BAS-05): each a quantitative indicator with its target or a qualitative
 * one, with its weight; the running total of the weights is shown, and the lines are saved
 * together once the service has accepted them (weights making 100 %, no indicator twice …).
 */
@Named("questionnaireItems")
@ViewScoped
public class QuestionnaireItemsBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient QuestionnaireService questionnaires;

    @Inject
    transient QuestionnaireRecordType type;

    @Inject
    transient RecordMessages messages;

    @Inject
    transient Texts texts;

    private String id;
    private Questionnaire questionnaire;
    private boolean editable;
    private final List<Row> rows = new ArrayList<>();
    private List<SelectItem> quantitativeOptions = List.of();
    private List<SelectItem> qualitativeOptions = List.of();

    /** One line as edited. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private boolean qualitative;
        private Long indicatorId;
        private BigDecimal weight;
        private BigDecimal target;

        Row(boolean qualitative, Long indicatorId, BigDecimal weight, BigDecimal target) {
            this.qualitative = qualitative;
            this.indicatorId = indicatorId;
            this.weight = weight;
            this.target = target;
        }

        public boolean isQualitative() {
            return qualitative;
        }

        public void setQualitative(boolean qualitative) {
            this.qualitative = qualitative;
        }

        public Long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(Long indicatorId) {
            this.indicatorId = indicatorId;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }

    public void load() {
        var allowed = questionnaires.allowedActions();
        if (!allowed.contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        editable = allowed.contains(PermissionAction.EDIT);
        questionnaire = parseId(id).flatMap(questionnaires::find).orElse(null);
        if (questionnaire == null) {
            markNotFound();
            return;
        }
        rows.clear();
        for (QuestionnaireItem item : questionnaire.getItems()) {
            rows.add(new Row(item.isQualitative(), item.isQualitative() ? item.getQualitative().getId() : item.getQuantitative().getId(),
                    item.getWeight(), item.getTarget()));
        }
        quantitativeOptions = questionnaires.quantitativeChoices().stream()
                .map(indicator -> new SelectItem(indicator.getId(), indicator.getCode() + " " + indicator.getNameZhCn())).toList();
        qualitativeOptions = questionnaires.qualitativeChoices().stream()
                .map(indicator -> new SelectItem(indicator.getId(), indicator.getCode() + " " + indicator.getNameZhCn())).toList();
    }

    public List<SelectItem> optionsFor(Row row) {
        return row.isQualitative() ? qualitativeOptions : quantitativeOptions;
    }

    public void kindChanged(Row row) {
        row.setIndicatorId(null);
        if (row.isQualitative()) {
            row.setTarget(null);
        }
    }

    public void addRow() {
        rows.add(new Row(false, null, null, null));
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public BigDecimal getTotalWeight() {
        return rows.stream().map(Row::getWeight).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void save() {
        try {
            questionnaire = questionnaires.replaceItems(questionnaire.getId(), questionnaire.getVersion(), rows.stream()
                    .map(row -> new ItemInput(row.isQualitative(), row.getIndicatorId(), row.getWeight(), row.getTarget())).toList());
            texts.info("questionnaire.items.saved");
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
