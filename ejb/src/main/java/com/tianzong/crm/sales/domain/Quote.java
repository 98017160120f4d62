package com.tianzong.crm.sales.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A quote (报价单, SAL-03): products and prices offered to a customer until a validity date,
 * sent, then either turned into a sales order in one step or lost.
 */
@Entity
@Table(name = "quote")
public class Quote extends SalesDocument<QuoteLine> {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sales_order_id")
    private SalesOrder salesOrder;

    @Size(max = 500)
    @Column(name = "lost_reason")
    private String lostReason;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<QuoteLine> lines = new ArrayList<>();

    public Quote() {
        super(QuoteStatus.DRAFT.name());
    }

    @Override
    public List<QuoteLine> getLines() {
        return lines;
    }

    @Override
    protected QuoteLine createLine() {
        return new QuoteLine(this);
    }

    @Override
    protected boolean isDraft() {
        return quoteStatus().isOpen();
    }

    public QuoteStatus quoteStatus() {
        return QuoteStatus.valueOf(getStatus());
    }

    /** Whether the quote's validity has run out by {@code today}. */
    public boolean isExpired(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }

    public void markSent() {
        if (quoteStatus() != QuoteStatus.DRAFT) {
            throw new IllegalStateException("only a draft quote is sent, not a " + getStatus() + " one");
        }
        setStatus(QuoteStatus.SENT.name());
    }

    /** The quote became this order. */
    public void markOrdered(SalesOrder order) {
        if (!quoteStatus().isOpen()) {
            throw new IllegalStateException("a " + getStatus() + " quote is not ordered");
        }
        this.salesOrder = order;
        setStatus(QuoteStatus.ORDERED.name());
    }

    public void markLost(String reason) {
        if (!quoteStatus().isOpen()) {
            throw new IllegalStateException("a " + getStatus() + " quote is not lost");
        }
        this.lostReason = reason;
        setStatus(QuoteStatus.LOST.name());
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public SalesOrder getSalesOrder() {
        return salesOrder;
    }

    public String getLostReason() {
        return lostReason;
    }
}
