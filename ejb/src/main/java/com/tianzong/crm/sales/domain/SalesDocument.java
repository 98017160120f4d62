package com.tianzong.crm.sales.domain;

import com.tianzong.crm.customer.domain.CustomerRecord;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.LineDocument;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A priced sales document about one customer (a quote, an order): its number, date, status,
 * payment terms, whether its unit prices include VAT, its product lines and the totals, which
 * are always the sums of the lines' amounts (each rounded once, on its line).
 *
 * @param <L> its kind of line
 */
@MappedSuperclass
public abstract class SalesDocument<L extends SalesLine> extends CustomerRecord implements LineDocument {

    private static final long serialVersionUID = 1L;

    @Size(max = 20)
    @Column(name = "number")
    private String number;

    @NotNull
    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @NotNull
    @Column(name = "status", nullable = false)
    private String status;

    @Size(max = 200)
    @Column(name = "payment_terms")
    private String paymentTerms;

    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax = true;

    @Column(name = "net_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal netTotal = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "tax_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal taxTotal = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "gross_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal grossTotal = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Size(max = 1000)
    @Column(name = "note")
    private String note;

    protected SalesDocument(String initialStatus) {
        this.status = initialStatus;
    }

    /** The lines, in their order. */
    @Override
    public abstract List<L> getLines();

    /** A new line of this document, not yet added. */
    protected abstract L createLine();

    /** The status in which lines may be changed. */
    protected abstract boolean isDraft();

    public PriceBasis priceBasis() {
        return pricesIncludeTax ? PriceBasis.INCLUDING_TAX : PriceBasis.EXCLUDING_TAX;
    }

    @Override
    public void addLine() {
        L line = createLine();
        line.setLineNo(getLines().size() + 1);
        getLines().add(line);
    }

    /** Adds a line for a product (from the quote it came from, a scanned barcode …) and returns it. */
    public L addLine(com.tianzong.crm.catalog.domain.Product product, BigDecimal quantity) {
        addLine();
        L line = getLines().get(getLines().size() - 1);
        line.setProduct(product);
        line.setQuantity(quantity);
        return line;
    }

    @Override
    public void removeLine(int index) {
        if (index < 0 || index >= getLines().size()) {
            return;
        }
        getLines().remove(index);
        for (int i = 0; i < getLines().size(); i++) {
            getLines().get(i).setLineNo(i + 1);
        }
    }

    @Override
    public void recalculate() {
        LineAmounts total = LineAmounts.zero();
        for (L line : getLines()) {
            line.recalculate();
            total = total.plus(line.amounts());
        }
        netTotal = total.net();
        taxTotal = total.tax();
        grossTotal = total.gross();
    }

    @Override
    public boolean isLinesEditable() {
        return isDraft();
    }

    /** Refuses a document without lines or with an incomplete line. */
    public void checkLines() {
        if (getLines().isEmpty()) {
            throw new BusinessRuleException("document.noLines", "lines");
        }
        getLines().forEach(SalesLine::check);
    }

    public String getNumber() {
        return number;
    }

    /** The document's number, given once when it is first saved. */
    public void assignNumber(String documentNumber) {
        if (number != null) {
            throw new IllegalStateException("document " + number + " already has a number");
        }
        this.number = documentNumber;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public String getStatus() {
        return status;
    }

    protected void setStatus(String status) {
        this.status = status;
    }

    public String getPaymentTerms() {
        return paymentTerms;
    }

    public void setPaymentTerms(String paymentTerms) {
        this.paymentTerms = paymentTerms;
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public void setPricesIncludeTax(boolean pricesIncludeTax) {
        this.pricesIncludeTax = pricesIncludeTax;
    }

    public BigDecimal getNetTotal() {
        return netTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getGrossTotal() {
        return grossTotal;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
