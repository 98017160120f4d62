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

/** A service performed for a customer (客户服务, CUS-05): what, when, by whom, for how long and at what cost. */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_request_id")
    private ServiceRequest serviceRequest;

    @NotBlank
    @Column(name = "kind", nullable = false)
    private String kind = "REPAIR";

    @NotNull
    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "technician_id")
    private UserAccount technician;

    @DecimalMin("0.5")
    @DecimalMax("999.5")
    @Digits(integer = 3, fraction = 1)
    @Column(name = "hours", precision = 5, scale = 1)
    private BigDecimal hours;

    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("9999999999999999.99")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "cost", nullable = false, precision = 18, scale = 2)
    private BigDecimal cost = BigDecimal.ZERO.setScale(Customer.MONEY_SCALE);

    @NotBlank
    @Size(max = 2000)
    @Column(name = "content", nullable = false)
    private String content;

    public ServiceRequest getServiceRequest() {
        return serviceRequest;
    }

    public void setServiceRequest(ServiceRequest serviceRequest) {
        this.serviceRequest = serviceRequest;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Trimmed.orNull(kind);
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public UserAccount getTechnician() {
        return technician;
    }

    public void setTechnician(UserAccount technician) {
        this.technician = technician;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public BigDecimal getCost() {
        return cost;
    }

    /** Stored with exactly two decimals; more precise input is refused by validation, not rounded away. */
    public void setCost(BigDecimal cost) {
        this.cost = Scaled.exactly(cost, Customer.MONEY_SCALE);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = Trimmed.orNull(content);
    }
}
