package com.tianzong.crm.sales.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a customer's receivables ledger (应收账款明细, SAL-09): an issued invoice the
 * customer owes (debit), a posted receipt or a credit note (credit), and the balance after it.
 * The balance is always what was invoiced less what was received and credited.
 */
public final class LedgerEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String INVOICE = "INVOICE";
    public static final String RECEIPT = "RECEIPT";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";
    private static final List<String> KINDS = List.of(INVOICE, RECEIPT, CREDIT_NOTE);

    private final LocalDate entryDate;
    private final String kind;
    private final String number;
    private final BigDecimal debit;
    private final BigDecimal credit;
    private BigDecimal balance;

    public LedgerEntry(LocalDate entryDate, String kind, String number, BigDecimal debit, BigDecimal credit) {
        this.entryDate = entryDate;
        this.kind = kind;
        this.number = number;
        this.debit = debit;
        this.credit = credit;
    }

    /** The entries in date order (of a day: invoices, then receipts, then credit notes), each with the running balance. */
    public static List<LedgerEntry> inOrder(List<LedgerEntry> entries) {
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(LedgerEntry::getEntryDate).thenComparing(entry -> KINDS.indexOf(entry.kind)).thenComparing(LedgerEntry::getNumber));
        BigDecimal running = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);
        for (LedgerEntry entry : sorted) {
            running = running.add(entry.debit).subtract(entry.credit);
            entry.balance = running;
        }
        return sorted;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
