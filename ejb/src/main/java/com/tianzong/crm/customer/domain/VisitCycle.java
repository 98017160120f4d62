package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.persistence.TimestampedRecord;
import com.tianzong.crm.platform.persistence.Trimmed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How often customers of a grade are to be visited (拜访周期, CUS-03), unless a customer names its own. */
@Entity
@Table(name = "visit_cycle")
public class VisitCycle extends TimestampedRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Column(name = "grade", nullable = false)
    private String grade;

    @NotNull
    @Min(1)
    @Max(365)
    @Column(name = "cycle_days", nullable = false)
    private Integer cycleDays;

    @Size(max = 200)
    @Column(name = "note")
    private String note;

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = Trimmed.orNull(grade);
    }

    public Integer getCycleDays() {
        return cycleDays;
    }

    public void setCycleDays(Integer cycleDays) {
        this.cycleDays = cycleDays;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Trimmed.orNull(note);
    }
}
