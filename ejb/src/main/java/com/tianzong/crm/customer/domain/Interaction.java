package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.persistence.Trimmed;
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
 * A contact with a customer (客户联系记录, CUS-03): a visit, call or meeting on a day, who took
 * part, what was said, what it cost and what comes next. It lies with the customer's rep and
 * department (so they see it); who did it is kept apart, for the rep's visit metrics.
 */
@Entity
@Table(name = "interaction")
public class Interaction extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    /** The kind of interaction that counts as a visit for the visit cycle (上门拜访). */
    public static final String VISIT = "ONSITE_VISIT";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "performed_by_id", nullable = false)
    private UserAccount performedBy;

    @NotBlank
    @Column(name = "kind", nullable = false)
    private String kind = VISIT;

    @NotNull
    @Column(name = "interaction_date", nullable = false)
    private LocalDate interactionDate;

    @Size(max = 200)
    @Column(name = "participants")
    private String participants;

    @NotBlank
    @Size(max = 2000)
    @Column(name = "content", nullable = false)
    private String content;

    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("9999999999999999.99")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "cost", nullable = false, precision = 18, scale = 2)
    private BigDecimal cost = BigDecimal.ZERO.setScale(Customer.MONEY_SCALE);

    @Size(max = 200)
    @Column(name = "next_step")
    private String nextStep;

    public boolean isVisit() {
        return VISIT.equals(kind);
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public UserAccount getPerformedBy() {
        return performedBy;
    }

    public void setPerformedBy(UserAccount performedBy) {
        this.performedBy = performedBy;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Trimmed.orNull(kind);
    }

    public LocalDate getInteractionDate() {
        return interactionDate;
    }

    public void setInteractionDate(LocalDate interactionDate) {
        this.interactionDate = interactionDate;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = Trimmed.orNull(participants);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = Trimmed.orNull(content);
    }

    public BigDecimal getCost() {
        return cost;
    }

    /** Stored with exactly two decimals; more precise input is refused by validation, not rounded away. */
    public void setCost(BigDecimal cost) {
        this.cost = Scaled.exactly(cost, Customer.MONEY_SCALE);
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = Trimmed.orNull(nextStep);
    }
}
