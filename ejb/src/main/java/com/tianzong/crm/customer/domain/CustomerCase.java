package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.persistence.Trimmed;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A customer's case that is handled until it is settled (a service request, a complaint): subject,
 * priority, status, and once resolved or closed the resolution and the day it was settled.
 */
@MappedSuperclass
public abstract class CustomerCase extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";
    public static final String CLOSED = "CLOSED";

    @NotBlank
    @Size(max = 200)
    @Column(name = "subject", nullable = false)
    private String subject;

    @NotBlank
    @Column(name = "priority", nullable = false)
    private String priority = "NORMAL";

    @NotBlank
    @Column(name = "status", nullable = false)
    private String status = OPEN;

    @Column(name = "resolved_date")
    private LocalDate resolvedDate;

    @Size(max = 1000)
    @Column(name = "resolution")
    private String resolution;

    public boolean isSettled() {
        return RESOLVED.equals(status) || CLOSED.equals(status);
    }

    /**
     * Brings the settlement in line with the status: a settled case keeps the day it was settled
     * (today unless given) and must say how; an open one has neither day nor resolution date.
     * Returns false when a settled case has no resolution.
     */
    public boolean settle(LocalDate today) {
        if (!isSettled()) {
            resolvedDate = null;
            return true;
        }
        if (resolvedDate == null) {
            resolvedDate = today;
        }
        return resolution != null;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = Trimmed.orNull(subject);
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = Trimmed.orNull(priority);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = Trimmed.orNull(status);
    }

    public LocalDate getResolvedDate() {
        return resolvedDate;
    }

    public void setResolvedDate(LocalDate resolvedDate) {
        this.resolvedDate = resolvedDate;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = Trimmed.orNull(resolution);
    }
}
