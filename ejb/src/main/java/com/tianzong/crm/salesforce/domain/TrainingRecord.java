package com.tianzong.crm.salesforce.domain;

import com.tianzong.crm.platform.security.OwnedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rep's training (销售训练记录, ORG-06): which training item, when, for how long, with what
 * result and score. It belongs to the rep, so the rep sees his own and managers their reps'.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends OwnedRecord {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rep_id", nullable = false)
    private SalesRep rep;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_item_id", nullable = false)
    private TrainingItem trainingItem;

    @NotNull
    @Column(name = "training_date", nullable = false)
    private LocalDate trainingDate;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("999.5")
    @Digits(integer = 3, fraction = 1)
    @Column(name = "hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @NotBlank
    @Column(name = "result", nullable = false)
    private String result = "ATTENDED";

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 1)
    @Column(name = "score", precision = 5, scale = 1)
    private BigDecimal score;

    @Size(max = 50)
    @Column(name = "trainer")
    private String trainer;

    @Size(max = 500)
    @Column(name = "note", nullable = false)
    private String note = "";

    public SalesRep getRep() {
        return rep;
    }

    public void setRep(SalesRep rep) {
        this.rep = rep;
    }

    public TrainingItem getTrainingItem() {
        return trainingItem;
    }

    public void setTrainingItem(TrainingItem trainingItem) {
        this.trainingItem = trainingItem;
    }

    public LocalDate getTrainingDate() {
        return trainingDate;
    }

    public void setTrainingDate(LocalDate trainingDate) {
        this.trainingDate = trainingDate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer == null || trainer.isBlank() ? null : trainer.strip();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }
}
