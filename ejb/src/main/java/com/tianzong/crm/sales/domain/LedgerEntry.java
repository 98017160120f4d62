package com.tianzong.crm.sales.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a customer's receivables ledger (应收账款明细, SAL-09): an issued invoice the
 * customer owes (debit) or a posted receipt (credit), and the balance after it. The balance is
 * always what was invoiced less what was received.
 */
public final class LedgerEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String INVOICE = "INVOICE";
    public static final String RECEIPT = "RECEIPT";

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

    /** The entries in date order (invoices before receipts of the same day), each with the running balance. */
    public static List<LedgerEntry> inOrder(List<LedgerEntry> entries) {
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(LedgerEntry::getEntryDate).thenComparing(LedgerEntry::getKind).thenComparing(LedgerEntry::getNumber));
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
