package com.tianzong.crm.salesforce.domain.quota;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a check against one quota found: its limit, what is used (with the change being made),
 * what is left (negative when over) and whether the quota is exceeded — which it is only when
 * the use is above the limit: exactly at the limit is within it.
 */
public record QuotaVerdict(long quotaId, String kind, BigDecimal limit, BigDecimal used) implements Serializable {

    public QuotaVerdict {
        limit = limit.setScale(2, RoundingMode.UNNECESSARY);
        used = used.setScale(2, RoundingMode.UNNECESSARY);
    }

    public boolean exceeded() {
        return used.compareTo(limit) > 0;
    }

    public BigDecimal remaining() {
        return limit.subtract(used);
    }

    /** How far over the limit the use is; zero when within it. */
    public BigDecimal excess() {
        return exceeded() ? used.subtract(limit) : BigDecimal.ZERO.setScale(2);
    }
}
