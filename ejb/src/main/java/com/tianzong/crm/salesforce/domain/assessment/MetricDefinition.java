package com.tianzong.crm.salesforce.domain.assessment;

import java.io.Serializable;

/**
 * A metric the system computes per rep and period (actual sales, visits, training hours …), by
 * its code as formulas name it; its label and unit are the bundle keys {@code metric.<code>} and
 * {@code metric.<code>.unit}.
 */
public record MetricDefinition(String code) implements Serializable {

    public String getCode() {
        return code;
    }
}
