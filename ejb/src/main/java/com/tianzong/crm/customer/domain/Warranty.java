package com.tianzong.crm.customer.domain;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.persistence.Trimmed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A product under warranty at a customer (保修, CUS-06): from its start for so many months; the
 * expiry is the day before the same date that many months later (bought 2026-01-15 with 12
 * months: covered through 2027-01-14). Entered by hand now; from shipments once sales exist.
 */
@Entity
@Table(name = "warranty")
public class Warranty extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Size(max = 60)
    @Column(name = "serial_no")
    private String serialNo;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Min(1)
    @Max(120)
    @Column(name = "months", nullable = false)
    private Integer months;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Size(max = 500)
    @Column(name = "note")
    private String note;

    /** The last day covered: the day before the start date moved on by the months. */
    public static LocalDate expiry(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** Sets the expiry from the start and the months (which default to the product's warranty). */
    public void computeExpiry(int productMonths) {
        if (months == null && productMonths > 0) {
            months = productMonths;
        }
        expiryDate = startDate == null || months == null ? null : expiry(startDate, months);
    }

    public boolean coversOn(LocalDate day) {
        return expiryDate != null && !day.isBefore(startDate) && !day.isAfter(expiryDate);
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = Trimmed.orNull(serialNo);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Trimmed.orNull(note);
    }
}
