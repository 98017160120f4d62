package com.tianzong.crm.platform.identity;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import com.tianzong.crm.platform.records.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The company's password and session policy (PLT-09), one row per tenant, set by its administrator. */
@Entity
@Table(name = "security_policy")
public class SecurityPolicy extends TenantRecord {

    private static final long serialVersionUID = 1L;
    public static final long THE_POLICY = 1L;

    @Column(name = "min_length", nullable = false)
    private int minLength = 8;

    @Column(name = "require_letter_and_digit", nullable = false)
    private boolean requireLetterAndDigit = true;

    @Column(name = "require_symbol", nullable = false)
    private boolean requireSymbol;

    @Column(name = "max_age_days", nullable = false)
    private int maxAgeDays;

    @Column(name = "idle_timeout_minutes", nullable = false)
    private int idleTimeoutMinutes = 30;

    protected SecurityPolicy() {
    }

    public PasswordRules passwordRules() {
        return new PasswordRules(minLength, requireLetterAndDigit, requireSymbol);
    }

    /** Whether a password set at {@code changedAt} must be changed before going on; never when there is no maximum age. */
    public boolean isExpired(Instant changedAt, Instant now) {
        return maxAgeDays > 0 && changedAt != null && changedAt.plus(Duration.ofDays(maxAgeDays)).isBefore(now);
    }

    /** As the audit trail shows it. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("minLength", Integer.toString(minLength));
        fields.put("requireLetterAndDigit", Boolean.toString(requireLetterAndDigit));
        fields.put("requireSymbol", Boolean.toString(requireSymbol));
        fields.put("maxAgeDays", Integer.toString(maxAgeDays));
        fields.put("idleTimeoutMinutes", Integer.toString(idleTimeoutMinutes));
        return fields;
    }

    /** Takes the administrator's new settings, refusing any out of range (nothing changes then). */
    public void change(int newMinLength, boolean newRequireLetterAndDigit, boolean newRequireSymbol,
                       int newMaxAgeDays, int newIdleTimeoutMinutes) {
        requireRange("minLength", newMinLength, 8, 64);
        requireRange("maxAgeDays", newMaxAgeDays, 0, 365);
        requireRange("idleTimeoutMinutes", newIdleTimeoutMinutes, 5, 480);
        minLength = newMinLength;
        requireLetterAndDigit = newRequireLetterAndDigit;
        requireSymbol = newRequireSymbol;
        maxAgeDays = newMaxAgeDays;
        idleTimeoutMinutes = newIdleTimeoutMinutes;
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BusinessRuleException("policy.outOfRange", field, Integer.toString(min), Integer.toString(max));
        }
    }

    public int getMinLength() {
        return minLength;
    }

    public boolean isRequireLetterAndDigit() {
        return requireLetterAndDigit;
    }

    public boolean isRequireSymbol() {
        return requireSymbol;
    }

    public int getMaxAgeDays() {
        return maxAgeDays;
    }

    public int getIdleTimeoutMinutes() {
        return idleTimeoutMinutes;
    }
}
