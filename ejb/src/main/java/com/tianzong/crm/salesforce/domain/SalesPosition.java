package com.tianzong.crm.salesforce.domain;

import com.tianzong.crm.platform.persistence.TimestampedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A position in the sales organisation (职务职能, ORG-03): what the job is for, its duties and
 * authority, what it asks of the holder, the competencies it is assessed on, and the training
 * and assessment plans that go with it. Printed as the job description (职务说明书).
 */
@Entity
@Table(name = "sales_position")
public class SalesPosition extends TimestampedRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{customer.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false)
    private String name;

    @NotBlank
    @Column(name = "grade", nullable = false)
    private String grade;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reports_to_id")
    private SalesPosition reportsTo;

    @Size(max = 2000)
    @Column(name = "description", nullable = false)
    private String description = "";

    @Size(max = 4000)
    @Column(name = "duties", nullable = false)
    private String duties = "";

    @Size(max = 2000)
    @Column(name = "authority", nullable = false)
    private String authority = "";

    @Size(max = 2000)
    @Column(name = "requirements", nullable = false)
    private String requirements = "";

    @Size(max = 2000)
    @Column(name = "competency_model", nullable = false)
    private String competencyModel = "";

    @Size(max = 2000)
    @Column(name = "training_plan", nullable = false)
    private String trainingPlan = "";

    @Size(max = 2000)
    @Column(name = "assessment_plan", nullable = false)
    private String assessmentPlan = "";

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Whether {@code other} is this position or one it reports to, directly or higher up. */
    public boolean isAtOrBelow(SalesPosition other) {
        for (SalesPosition node = this; node != null; node = node.getReportsTo()) {
            if (node.equals(other)) {
                return true;
            }
        }
        return false;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public SalesPosition getReportsTo() {
        return reportsTo;
    }

    public void setReportsTo(SalesPosition reportsTo) {
        this.reportsTo = reportsTo;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = text(description);
    }

    public String getDuties() {
        return duties;
    }

    public void setDuties(String duties) {
        this.duties = text(duties);
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = text(authority);
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = text(requirements);
    }

    public String getCompetencyModel() {
        return competencyModel;
    }

    public void setCompetencyModel(String competencyModel) {
        this.competencyModel = text(competencyModel);
    }

    public String getTrainingPlan() {
        return trainingPlan;
    }

    public void setTrainingPlan(String trainingPlan) {
        this.trainingPlan = text(trainingPlan);
    }

    public String getAssessmentPlan() {
        return assessmentPlan;
    }

    public void setAssessmentPlan(String assessmentPlan) {
        this.assessmentPlan = text(assessmentPlan);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return name;
    }
}
