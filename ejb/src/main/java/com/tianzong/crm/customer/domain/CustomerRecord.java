package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.security.OwnedRecord;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;

/**
 * A record about one customer (a contact, an interaction, a service request, a warranty …): it
 * lies with the customer's rep and department, follows the customer to another rep, and moves
 * with it when two customer files are merged (column {@code customer_id}).
 */
@MappedSuperclass
public abstract class CustomerRecord extends OwnedRecord {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }
}
