package com.tianzong.crm.web.org;

import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.application.AssessmentRecordType;
import com.tianzong.crm.salesforce.application.AssessmentService;
import com.tianzong.crm.salesforce.domain.assessment.Assessment;
import com.tianzong.crm.salesforce.domain.assessment.AssessmentScore;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeLevel;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.records.RecordMessages;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An assessment's scoring sheet (ORG-07): every indicator with its weight, target, actual value
 * and score; the manager chooses a level for each qualitative one (its standard beside it), the
 * quantitative ones can be worked out again from today's data, and a fully scored sheet is
 * confirmed by whoever may approve. A confirmed sheet is read-only.
 */
@Named("assessmentScores")
@ViewScoped
public class AssessmentScoresBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AssessmentService assessments;

    @Inject
    transient AssessmentRecordType type;

    @Inject
    transient RecordMessages messages;

    @Inject
    transient Texts texts;

    private String id;
    private Assessment assessment;
    private Set<PermissionAction> allowed = Set.of();
    private final Map<Integer, Integer> levels = new HashMap<>();
    private final Map<String, List<SelectItem>> levelOptions = new HashMap<>();

    public void load() {
        allowed = assessments.allowedActions();
        if (!allowed.contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        assessment = parseId(id).flatMap(assessments::find).orElse(null);
        if (assessment == null) {
            markNotFound();
            return;
        }
        remember(assessment);
    }

    private void remember(Assessment loaded) {
        assessment = loaded;
        levels.clear();
        for (AssessmentScore score : loaded.getScores()) {
            if (score.isQualitative()) {
                levels.put(score.getSortOrder(), score.getLevelNo());
                levelOptions.computeIfAbsent(score.getIndicatorCode(), code -> assessments.levelsOf(code).stream()
                        .map(level -> new SelectItem(level.getLevelNo(), label(level))).toList());
            }
        }
    }

    private static String label(QualitativeLevel level) {
        return level.getLevelNo() + " · " + level.getScore().toPlainString() + " · " + level.getStandard();
    }

    public List<SelectItem> levelOptions(AssessmentScore score) {
        return levelOptions.getOrDefault(score.getIndicatorCode(), List.of());
    }

    public boolean isEditable() {
        return assessment != null && !assessment.isConfirmed() && allowed.contains(PermissionAction.EDIT);
    }

    public boolean isConfirmable() {
        return assessment != null && !assessment.isConfirmed() && allowed.contains(PermissionAction.APPROVE);
    }

    public void saveLevels() {
        try {
            remember(assessments.chooseLevels(assessment.getId(), assessment.getVersion(), levels));
            texts.info("assessment.levels.saved");
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    public void recompute() {
        try {
            remember(assessments.recompute(assessment.getId(), assessment.getVersion()));
            texts.info("assessment.recomputed");
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    public void confirm() {
        try {
            remember(assessments.confirm(assessment.getId(), assessment.getVersion()));
            texts.info("assessment.confirmedNow");
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    /** Why a line could not be worked out, in the user's language. */
    public String problem(AssessmentScore score) {
        return score.getProblem() == null ? "" : texts.get(score.getProblem());
    }

    public Map<Integer, Integer> getLevels() {
        return levels;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
