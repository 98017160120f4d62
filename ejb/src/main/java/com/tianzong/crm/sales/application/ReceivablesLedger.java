package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.sales.domain.CreditNote;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import com.tianzong.crm.sales.domain.LedgerEntry;
import com.tianzong.crm.sales.domain.Receipt;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's receivables ledger (SAL-09): issued invoices, posted receipts and credit notes in
 * date order with the running balance; nothing for a user who may not see invoices. Shown as a tab of the
 * customer's 360 view ({@link CustomerLedgerTab}).
 */
@Stateless
@TenantAware
public class ReceivablesLedger {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Permissions permissions;

    /** The customer's ledger, oldest first, each entry with the balance after it. */
    public List<LedgerEntry> entries(Customer customer) {
        if (!permissions.allowed("invoice", PermissionAction.VIEW)) {
            return List.of();
        }
        List<LedgerEntry> entries = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (Invoice invoice : em.createQuery("select i from Invoice i where i.customer = :customer and i.status <> :draft", Invoice.class)
                .setParameter("customer", customer).setParameter("draft", InvoiceStatus.DRAFT.name()).getResultList()) {
            entries.add(new LedgerEntry(invoice.getDocumentDate(), LedgerEntry.INVOICE, invoice.getNumber(), invoice.getGrossTotal(), zero));
        }
        for (Receipt receipt : em.createQuery("select r from Receipt r where r.customer = :customer and r.status = :posted", Receipt.class)
                .setParameter("customer", customer).setParameter("posted", Receipt.POSTED).getResultList()) {
            entries.add(new LedgerEntry(receipt.getReceiptDate(), LedgerEntry.RECEIPT, receipt.getNumber(), zero, receipt.getAmount()));
        }
        for (CreditNote note : em.createQuery("select c from CreditNote c where c.customer = :customer and c.status = :issued", CreditNote.class)
                .setParameter("customer", customer).setParameter("issued", CreditNote.ISSUED).getResultList()) {
            entries.add(new LedgerEntry(note.getNoteDate(), LedgerEntry.CREDIT_NOTE, note.getNumber(), zero, note.getGrossTotal()));
        }
        return LedgerEntry.inOrder(entries);
    }

}
