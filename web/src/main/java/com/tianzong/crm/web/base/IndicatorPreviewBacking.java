package com.tianzong.crm.web.base;

import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.application.MetricCatalogue;
import com.tianzong.crm.salesforce.application.QuantitativeIndicatorRecordType;
import com.tianzong.crm.salesforce.application.QuantitativeIndicatorService;
import com.tianzong.crm.salesforce.application.SalesRepService;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.assessment.IndicatorPreview;
import com.tianzong.crm.salesforce.domain.assessment.MetricDefinition;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.records.RecordMessages;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A quantitative indicator worked out on screen (BAS-04): the user picks one of the reps he may
 * see and a period (last month by default) and sees every metric the formula uses with its
 * value, and the result — or why it cannot be worked out. The metrics a formula may use are
 * listed beside it.
 */
@Named("indicatorPreview")
@ViewScoped
public class IndicatorPreviewBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient QuantitativeIndicatorService indicators;

    @EJB
    transient SalesRepService reps;

    @Inject
    transient MetricCatalogue metrics;

    @Inject
    transient QuantitativeIndicatorRecordType type;

    @Inject
    transient RecordMessages messages;

    @Inject
    transient Texts texts;

    private String id;
    private QuantitativeIndicator indicator;
    private List<SalesRep> repOptions = List.of();
    private Long repId;
    private LocalDate from;
    private LocalDate to;
    private IndicatorPreview result;

    public void load() {
        if (!indicators.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        indicator = parseId(id).flatMap(indicators::find).orElse(null);
        if (indicator == null) {
            markNotFound();
            return;
        }
        repOptions = reps.allowedActions().contains(PermissionAction.VIEW)
                ? reps.findPage(PageRequest.firstPage(500).sortedBy("employeeNo", true)).rows() : List.of();
        if (repId == null && !repOptions.isEmpty()) {
            repId = repOptions.get(0).getId();
        }
        LocalDate lastMonth = LocalDate.now().minusMonths(1);
        from = lastMonth.withDayOfMonth(1);
        to = lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
    }

    public void compute() {
        result = null;
        if (repId == null || from == null || to == null) {
            texts.error("indicator.preview.choose");
            return;
        }
        try {
            result = indicators.preview(indicator.getId(), repId, from, to);
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    /** The problem as the user reads it, when the indicator could not be worked out. */
    public String getProblem() {
        return result == null || result.isComputed() ? "" : texts.get(result.getProblemKey(), result.getProblemArguments().toArray());
    }

    public List<Map.Entry<String, BigDecimal>> getMetricValues() {
        return result == null ? List.of() : List.copyOf(result.getMetrics().entrySet());
    }

    public List<MetricDefinition> getCatalogue() {
        return metrics.all();
    }

    public QuantitativeIndicator getIndicator() {
        return indicator;
    }

    public List<SalesRep> getRepOptions() {
        return repOptions;
    }

    public IndicatorPreview getResult() {
        return result;
    }

    public Long getRepId() {
        return repId;
    }

    public void setRepId(Long repId) {
        this.repId = repId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
