package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.assessment.Assessment;
import com.tianzong.crm.salesforce.domain.assessment.AssessmentScore;
import com.tianzong.crm.salesforce.domain.assessment.FormulaException;
import com.tianzong.crm.salesforce.domain.assessment.IndicatorFormula;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeLevel;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.Questionnaire;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Performance assessments (ORG-07). Made for a rep, a questionnaire and the period of the
 * questionnaire's kind that contains the given day (one per rep, questionnaire and period); its
 * lines are copied from the questionnaire and the quantitative ones worked out from the data at
 * once. The manager chooses the qualitative levels; the total follows when every line is scored;
 * confirming (with the approve permission) makes it history, never changed again.
 */
@Stateless
@TenantAware
public class AssessmentService extends AbstractRecordService<Assessment> {

    @Inject
    AssessmentRecordType type;

    @Inject
    MetricCatalogue metrics;

    @EJB
    Permissions grants;

    @Override
    protected RecordType<Assessment> type() {
        return type;
    }

    @Override
    public Assessment newRecord() {
        return new Assessment();
    }

    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    @Override
    protected void checkRules(Assessment assessment) {
        Assessment stored = assessment.isNew() ? null : em.find(Assessment.class, assessment.getId());
        if (stored != null && stored.isConfirmed()) {
            throw new BusinessRuleException("assessment.confirmed", null);
        }
        if (assessment.getRep() == null || assessment.getQuestionnaire() == null || assessment.getPeriodStart() == null) {
            return;
        }
        SalesRep rep = em.find(SalesRep.class, assessment.getRep().getId());
        assessment.assignTo(rep.getOwner(), rep.getDepartment());
        Questionnaire questionnaire = em.find(Questionnaire.class, assessment.getQuestionnaire().getId());
        if (questionnaire.getItems().isEmpty() || questionnaire.totalWeight().compareTo(Questionnaire.FULL_WEIGHT) != 0) {
            throw new BusinessRuleException("assessment.questionnaire.incomplete", "questionnaire", questionnaire.getName());
        }
        assessment.setPeriodStart(questionnaire.periodStartOf(assessment.getPeriodStart()));
        assessment.setPeriodEnd(questionnaire.periodEndOf(assessment.getPeriodStart()));
        long same = em.createQuery("""
                        select count(a) from Assessment a
                        where a.rep = :rep and a.questionnaire = :q and a.periodStart = :start and a.id <> :id""", Long.class)
                .setParameter("rep", rep).setParameter("q", questionnaire).setParameter("start", assessment.getPeriodStart())
                .setParameter("id", assessment.isNew() ? -1L : assessment.getId())
                .getSingleResult();
        if (same > 0) {
            throw new BusinessRuleException("assessment.duplicate", "periodStart", rep.getName(), assessment.getPeriodStart().toString());
        }
        boolean linesStale = stored == null
                || !stored.getQuestionnaire().equals(questionnaire)
                || !stored.getPeriodStart().equals(assessment.getPeriodStart())
                || !stored.getRep().equals(rep);
        if (linesStale) {
            assessment.takeLinesFrom(questionnaire);
            compute(assessment, rep);
        }
    }

    @Override
    protected void checkDeletable(Assessment assessment) {
        if (assessment.isConfirmed()) {
            throw new BusinessRuleException("assessment.confirmed", null);
        }
    }

    /** Works the quantitative lines out again from today's data (a draft only). */
    public Assessment recompute(long id, int expectedVersion) {
        Assessment assessment = draft(id, expectedVersion);
        compute(assessment, em.find(SalesRep.class, assessment.getRep().getId()));
        assessment.touch();
        return save(assessment);
    }

    /** The manager's levels for the qualitative lines, by line order; a line left out keeps its level. */
    public Assessment chooseLevels(long id, int expectedVersion, Map<Integer, Integer> levelsByLine) {
        Assessment assessment = draft(id, expectedVersion);
        for (AssessmentScore score : assessment.getScores()) {
            Integer level = levelsByLine.get(score.getSortOrder());
            if (!score.isQualitative() || level == null) {
                continue;
            }
            QualitativeIndicator indicator = qualitative(score.getIndicatorCode());
            QualitativeLevel chosen = em.createQuery("select l from QualitativeLevel l where l.indicator = :i and l.levelNo = :n",
                            QualitativeLevel.class)
                    .setParameter("i", indicator).setParameter("n", level)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new BusinessRuleException("assessment.level.unknown", null, score.getIndicatorName(), level.toString()));
            score.levelChosen(level, chosen.getScore(), indicator.getMaxScore());
        }
        assessment.total();
        assessment.touch();
        return save(assessment);
    }

    /** Confirms a fully scored assessment: needs the approve permission; afterwards it never changes. */
    public Assessment confirm(long id, int expectedVersion) {
        grants.check(type.name(), PermissionAction.APPROVE, id);
        Assessment assessment = draft(id, expectedVersion);
        if (assessment.getTotalScore() == null) {
            throw new BusinessRuleException("assessment.incomplete", null);
        }
        assessment.confirm(actor());
        assessment.touch();
        return save(assessment);
    }

    /** The levels a qualitative line can be scored at, best first. */
    public List<QualitativeLevel> levelsOf(String indicatorCode) {
        return em.createQuery("select l from QualitativeLevel l where l.indicator.code = :code order by l.levelNo", QualitativeLevel.class)
                .setParameter("code", indicatorCode).getResultList();
    }

    private Assessment draft(long id, int expectedVersion) {
        Assessment assessment = get(id);
        if (assessment.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(assessment);
        }
        if (assessment.isConfirmed()) {
            throw new BusinessRuleException("assessment.confirmed", null);
        }
        em.detach(assessment);
        return assessment;
    }

    private void compute(Assessment assessment, SalesRep rep) {
        for (AssessmentScore score : assessment.getScores()) {
            if (score.isQualitative()) {
                continue;
            }
            QuantitativeIndicator indicator = em.createQuery("select i from QuantitativeIndicator i where i.code = :code",
                            QuantitativeIndicator.class)
                    .setParameter("code", score.getIndicatorCode()).getResultStream().findFirst().orElse(null);
            if (indicator == null || !indicator.isComputed()) {
                score.notComputable("indicator.preview.noFormula");
                continue;
            }
            try {
                IndicatorFormula formula = IndicatorFormula.parse(indicator.getExpression(), metrics.codes());
                Map<String, BigDecimal> values = metrics.values(formula.metrics(), rep, assessment.getPeriodStart(), assessment.getPeriodEnd());
                score.computed(formula.evaluate(values), "HIGHER_BETTER".equals(indicator.getDirection()));
            } catch (FormulaException e) {
                score.notComputable(e.getMessageKey());
            }
        }
        assessment.total();
    }

    private QualitativeIndicator qualitative(String code) {
        return em.createQuery("select i from QualitativeIndicator i where i.code = :code", QualitativeIndicator.class)
                .setParameter("code", code).getSingleResult();
    }
}
