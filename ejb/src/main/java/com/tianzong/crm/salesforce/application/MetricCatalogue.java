package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.assessment.MetricDefinition;
import com.tianzong.crm.salesforce.domain.assessment.MetricSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every metric an indicator formula may name (BAS-04), gathered from the modules' metric sources:
 * a new module's metrics become usable in formulas by its registering a source.
 */
@ApplicationScoped
public class MetricCatalogue {

    @Inject
    @Any
    Instance<MetricSource> sources;

    public List<MetricDefinition> all() {
        List<MetricDefinition> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.definitions()));
        all.sort(java.util.Comparator.comparing(MetricDefinition::code));
        return all;
    }

    public Set<String> codes() {
        return all().stream().map(MetricDefinition::code).collect(Collectors.toSet());
    }

    /** The values of the metrics for the rep over the period, by code. */
    public Map<String, BigDecimal> values(Collection<String> codes, SalesRep rep, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> values = new TreeMap<>();
        for (MetricSource source : sources) {
            for (MetricDefinition metric : source.definitions()) {
                if (codes.contains(metric.code())) {
                    values.put(metric.code(), source.value(metric.code(), rep, from, to));
                }
            }
        }
        return values;
    }
}
