package com.tianzong.crm.salesforce.domain.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An indicator worked out for one rep and period: the metric values that went in and the value
 * that came out, or — when it cannot be worked out (no formula yet, a zero target) — why not.
 */
public record IndicatorPreview(Map<String, BigDecimal> metrics, BigDecimal value, String problemKey, List<String> problemArguments)
        implements Serializable {

    public static IndicatorPreview computed(Map<String, BigDecimal> metrics, BigDecimal value) {
        return new IndicatorPreview(Map.copyOf(metrics), value, null, List.of());
    }

    public static IndicatorPreview failed(Map<String, BigDecimal> metrics, String problemKey, List<String> arguments) {
        return new IndicatorPreview(Map.copyOf(metrics), null, problemKey, List.copyOf(arguments));
    }

    public boolean isComputed() {
        return value != null;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public List<String> getProblemArguments() {
        return problemArguments;
    }

    public Map<String, BigDecimal> getMetrics() {
        return metrics;
    }
}
