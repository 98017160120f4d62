package com.tianzong.crm.it;

import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.sales.application.DunningPlanService;
import com.tianzong.crm.sales.application.SalesHistory;
import com.tianzong.crm.sales.application.SalesAnalysis;
import com.tianzong.crm.sales.application.SalesDimension;
import com.tianzong.crm.sales.application.CashSaleService;
import com.tianzong.crm.sales.domain.CashSale;
import com.tianzong.crm.sales.domain.CreditApplication;
import com.tianzong.crm.sales.domain.SalesTrend;
import com.tianzong.crm.sales.application.SalesPlanService;
import com.tianzong.crm.sales.domain.SalesPlan;
import com.tianzong.crm.salesforce.application.Departments;
import java.time.YearMonth;
import com.tianzong.crm.sales.domain.DunningPlan;
import com.tianzong.crm.sales.domain.DunningStep;
import static org.assertj.core.api.Assertions.tuple;
import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.catalog.application.ProductService;
import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.sales.application.InvoiceService;
import com.tianzong.crm.sales.application.ReceiptService;
import com.tianzong.crm.sales.application.ReceivablesAging;
import com.tianzong.crm.salesforce.application.CommissionRecordService;
import com.tianzong.crm.salesforce.application.CommissionRuleService;
import com.tianzong.crm.salesforce.application.MetricCatalogue;
import com.tianzong.crm.salesforce.application.SalesRepService;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.commission.CommissionRecord;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import com.tianzong.crm.salesforce.domain.commission.CommissionTier;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.sales.application.ReceivablesLedger;
import com.tianzong.crm.sales.application.SalesOrderService;
import com.tianzong.crm.sales.application.SalesReturnService;
import com.tianzong.crm.sales.application.ShipmentService;
import com.tianzong.crm.sales.application.CreditNoteService;
import com.tianzong.crm.sales.domain.CreditNote;
import com.tianzong.crm.sales.domain.ReturnResolution;
import com.tianzong.crm.sales.domain.ReturnStatus;
import com.tianzong.crm.sales.domain.SalesReturn;
import com.tianzong.crm.customer.application.FeedbackService;
import com.tianzong.crm.customer.domain.Feedback;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import com.tianzong.crm.sales.domain.LedgerEntry;
import com.tianzong.crm.sales.domain.OrderStatus;
import com.tianzong.crm.sales.domain.Receipt;
import com.tianzong.crm.sales.domain.SalesLine;
import com.tianzong.crm.sales.domain.SalesOrder;
import com.tianzong.crm.sales.domain.Shipment;
import com.tianzong.crm.sales.domain.ShipmentStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SAL-05 invoices, SAL-06 returns, SAL-07 receipts and SAL-09 the receivables ledger in the
 * container: invoices of what shipped, numbered without gaps when issued; returns that put stock
 * back and are refunded by a credit note or replaced by a free order; receipts applied as told or
 * oldest first, the rest an advance; the credit check counting receivables, advances and credit;
 * and the ledger balance equal to invoices less receipts less credit notes after any sequence of
 * these.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceReceiptIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    SalesOrderService orders;

    @EJB
    ShipmentService shipments;

    @EJB
    InvoiceService invoices;

    @EJB
    ReceiptService receipts;

    @EJB
    CustomerService customers;

    @EJB
    ProductService products;

    @EJB
    CompanyProfiles profiles;

    @EJB
    ReceivablesLedger ledger;

    @EJB
    SalesReturnService returns;

    @EJB
    CreditNoteService creditNotes;

    @EJB
    FeedbackService feedback;

    @EJB
    ReceivablesAging aging;

    @EJB
    SalesRepService reps;

    @EJB
    CommissionRuleService rules;

    @EJB
    CommissionRecordService commissions;

    @EJB
    UserAccounts users;

    @Inject
    MetricCatalogue metrics;

    @EJB
    DunningPlanService dunning;

    @EJB
    SalesHistory history;

    @EJB
    SalesPlanService plans;

    @EJB
    SalesAnalysis salesAnalysis;

    @EJB
    CashSaleService cashSales;

    @EJB
    Departments departments;

    @EJB
    AuditTrail auditTrail;

    private TestCompany company;

    @BeforeEach
    void company() {
        company = TestCompany.withSalesTeam(provisioning, "it_money");
        company.user("finance", "刘洋", "SALES", "FINANCE");
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void SAL05_anInvoiceIsOfWhatShippedAndIsNumberedWithoutGapsWhenIssued() {
        Customer customer = customer("HX", "0.00");
        Product product = product("MTR", "1000.00");
        SalesOrder order = postedOrder(customer, product, "5", null);
        ship(order, "2");

        Invoice first = draftInvoice(order);
        assertThat(first.getNumber()).as("a draft has no number yet").isNull();
        assertThat(first.getLines()).singleElement().satisfies(line -> assertThat(line.getQuantity()).isEqualByComparingTo("2"));
        assertThat(first.getGrossTotal()).isEqualByComparingTo("2260.00");
        Invoice issued = issue(first);
        assertThat(issued.getNumber()).matches("INV\\d{4}-000001");
        assertThat(issued.getDueDate()).as("NET_30").isEqualTo(issued.getDocumentDate().plusDays(30));
        assertRefused(() -> command(order, SalesOrderService.INVOICE), "command.notAvailable");

        ship(order, "3");
        Invoice dropped = draftInvoice(order);
        company.as("finance", () -> invoices.delete(dropped.getId(), dropped.getVersion()));
        Invoice second = issue(draftInvoice(order));
        assertThat(second.getNumber()).as("a deleted draft took no number").matches("INV\\d{4}-000002");
        assertThat(second.getGrossTotal()).isEqualByComparingTo("3390.00");
        SalesOrder invoiced = company.as("finance", () -> orders.get(order.getId()));
        assertThat(invoiced.orderStatus()).isEqualTo(OrderStatus.INVOICED);
        assertThat(invoiced.getLines().get(0).getInvoicedQuantity()).isEqualByComparingTo("5");
        assertThat(first.getGrossTotal().add(second.getGrossTotal())).as("the invoices add up to the order").isEqualTo(invoiced.getGrossTotal());
        assertRefused(() -> company.as("finance", () -> invoices.save(invoices.get(second.getId()))), "document.notEditable");
    }

    @Test
    void SAL07_receiptsPayAsToldOrTheOldestFirstAndWhatIsLeftIsAnAdvance() {
        Customer customer = customer("DS", "0.00");
        Product product = product("PMP", "100.00");
        Invoice older = invoiced(customer, product, "10");   // 1,130.00
        Invoice newer = invoiced(customer, product, "5");    //   565.00

        Receipt oldestFirst = post(receipt(customer, "1500.00"));
        assertThat(oldestFirst.getAppliedAmount()).isEqualByComparingTo("1500.00");
        assertThat(invoice(older).invoiceStatus()).isEqualTo(InvoiceStatus.SETTLED);
        assertThat(invoice(newer).getOpenAmount()).isEqualByComparingTo("195.00");

        Receipt tooMuch = receipt(customer, "300.00");
        Receipt explicit = company.as("finance", () -> {
            Receipt draft = receipts.get(tooMuch.getId());
            draft.addLine();
            draft.getLines().get(0).setInvoice(invoices.get(newer.getId()));
            draft.getLines().get(0).setAmount(new BigDecimal("200.00"));
            return receipts.save(draft);
        });
        assertRefused(() -> post(explicit), "receipt.moreThanOpen");
        Receipt fixed = company.as("finance", () -> {
            Receipt draft = receipts.get(explicit.getId());
            draft.getLines().get(0).setAmount(new BigDecimal("195.00"));
            return receipts.save(draft);
        });
        Receipt posted = post(fixed);
        assertThat(posted.getUnappliedAmount()).as("an advance").isEqualByComparingTo("105.00");
        assertThat(invoice(newer).invoiceStatus()).isEqualTo(InvoiceStatus.SETTLED);

        Invoice later = invoiced(customer, product, "1");    //   113.00
        CommandOutcome applied = company.as("finance", () -> {
            Receipt advance = receipts.get(posted.getId());
            return receipts.perform(advance.getId(), advance.getVersion(), ReceiptService.APPLY_ADVANCE, null);
        });
        assertThat(applied.notices().get(0).arguments()).containsExactly("105.00", "0.00");
        assertThat(invoice(later).getOpenAmount()).isEqualByComparingTo("8.00");
    }

    @Test
    void SAL06_aRefundedReturnPutsStockBackIssuesACreditNoteAndFilesASuggestion() {
        Customer customer = customer("TH", "0.00");
        Product product = product("CAM", "100.00");
        Invoice invoice = invoiced(customer, product, "10");          // 1,130.00
        post(receipt(customer, "1000.00"));                           // 130.00 left open

        SalesReturn draft = returnOf(invoice, "4", ReturnResolution.REFUND, "外壳开裂");
        assertThat(draft.getNumber()).matches("RT\\d{4}-000001");
        assertThat(draft.getGrossTotal()).isEqualByComparingTo("452.00");
        assertThatThrownBy(() -> receive(draft, "zhangwei")).as("a rep drafts returns but does not receive them")
                .isInstanceOf(PermissionDeniedException.class);
        CommandOutcome received = receive(draft, "eastmanager");

        assertThat(company.system(() -> products.get(product.getId())).getStockOnHand()).isEqualByComparingTo("99994");
        CreditNote note = company.as("finance", () -> creditNotes.findPage(PageRequest.firstPage(10)).rows()).get(0);
        assertThat(note.getNumber()).matches("CN\\d{4}-000001");
        assertThat(note.getGrossTotal()).isEqualByComparingTo("452.00");
        assertThat(note.getAppliedAmount()).as("what was still open").isEqualByComparingTo("130.00");
        assertThat(note.getUnappliedAmount()).as("the customer's credit").isEqualByComparingTo("322.00");
        assertThat(received.notices()).extracting(CommandOutcome.Notice::messageKey)
                .contains("salesReturn.creditNoteIssued", "salesReturn.customerCredit");
        assertThat(invoice(invoice).invoiceStatus()).isEqualTo(InvoiceStatus.SETTLED);
        List<LedgerEntry> entries = company.as("finance", () -> ledger.entries(customers.get(customer.getId())));
        assertThat(entries).extracting(LedgerEntry::getKind).containsExactly(LedgerEntry.INVOICE, LedgerEntry.RECEIPT, LedgerEntry.CREDIT_NOTE);
        assertThat(entries.get(2).getBalance()).as("1,130 − 1,000 − 452").isEqualByComparingTo("-322.00");

        SalesReturn posted = company.as("eastmanager", () -> returns.get(draft.getId()));
        assertThat(posted.returnStatus()).isEqualTo(ReturnStatus.POSTED);
        Feedback suggestion = company.as("eastmanager", () -> feedback.get(posted.getSuggestion().getId()));
        assertThat(suggestion.getKind()).isEqualTo(Feedback.SUGGESTION);
        assertThat(suggestion.getSubject()).contains(posted.getNumber(), "外壳开裂");
        assertThat(suggestion.getCustomer().getId()).isEqualTo(customer.getId());

        SalesReturn rest = returnOf(invoice, null, ReturnResolution.REFUND, "其余退回");
        assertThat(rest.getLines()).singleElement().satisfies(line -> assertThat(line.getQuantity()).isEqualByComparingTo("6"));
        returnOf(invoice, "6", ReturnResolution.REFUND, "其余退回", rest);
        receive(rest, "eastmanager");
        assertRefused(() -> command(invoice, InvoiceService.RETURN), "command.notAvailable");
        assertThatThrownBy(() -> company.as("finance", () -> creditNotes.save(creditNotes.get(note.getId()))))
                .as("an issued credit note is changed by nobody").isInstanceOf(PermissionDeniedException.class);

        // the customer's credit pays the next invoice (SAL-07); the rep may not apply it
        Invoice next = invoiced(customer, product, "2");                // 226.00
        assertThatThrownBy(() -> company.as("zhangwei", () -> {
            CreditNote current = creditNotes.get(note.getId());
            return creditNotes.perform(current.getId(), current.getVersion(), CreditNoteService.APPLY, null);
        })).isInstanceOf(PermissionDeniedException.class);
        CommandOutcome applied = company.as("finance", () -> {
            CreditNote current = creditNotes.get(note.getId());
            return creditNotes.perform(current.getId(), current.getVersion(), CreditNoteService.APPLY, null);
        });
        assertThat(applied.notices().get(0).arguments()).containsExactly("226.00", "96.00");
        assertThat(invoice(next).invoiceStatus()).isEqualTo(InvoiceStatus.SETTLED);
        CreditNote after = company.as("finance", () -> creditNotes.get(note.getId()));
        assertThat(after.getUnappliedAmount()).isEqualByComparingTo("96.00");
        assertThat(company.as("finance", () -> creditNotes.related(note.getId(), CreditNoteService.APPLICATIONS)))
                .extracting(row -> ((CreditApplication) row).getInvoice().getNumber() + " " + ((CreditApplication) row).getAmount().toPlainString())
                .containsExactly(invoice.getNumber() + " 130.00", next.getNumber() + " 226.00");
        assertRefused(() -> company.as("finance", () -> {
            CreditNote current = creditNotes.get(note.getId());
            return creditNotes.perform(current.getId(), current.getVersion(), CreditNoteService.APPLY, null);
        }), "creditNote.nothingToApply");
        assertBalanced(customer, "after the credit paid an invoice");
    }

    @Test
    void SAL06_aReplacementDraftsAFreeOrderThatIsPostedAndShippedLikeAnyOther() {
        Customer customer = customer("HS", "0.00");
        Product product = product("SCR", "299.00");
        Invoice invoice = invoiced(customer, product, "2");
        SalesReturn draft = returnOf(invoice, "1", ReturnResolution.REPLACEMENT, "屏幕坏点");
        CommandOutcome received = receive(draft, "eastmanager");
        assertThat(received.notices()).extracting(CommandOutcome.Notice::messageKey).contains("salesReturn.replacementDrafted");

        SalesReturn posted = company.as("eastmanager", () -> returns.get(draft.getId()));
        SalesOrder replacement = company.as("zhangwei", () -> orders.get(posted.getReplacementOrder().getId()));
        assertThat(replacement.orderStatus()).isEqualTo(OrderStatus.DRAFT);
        assertThat(replacement.getGrossTotal()).isEqualByComparingTo("0.00");
        assertThat(replacement.getLines()).singleElement().satisfies(line -> assertThat(line.getQuantity()).isEqualByComparingTo("1"));
        assertThat(company.as("finance", () -> creditNotes.findPage(PageRequest.firstPage(10)).rows())).isEmpty();
        assertThat(invoice(invoice).getOpenAmount()).as("still owed in full").isEqualByComparingTo(invoice.getGrossTotal());
        assertThat(company.system(() -> products.get(product.getId())).getStockOnHand()).as("one back in").isEqualByComparingTo("99999");

        command(replacement, SalesOrderService.POST);
        ship(replacement, null);
        assertThat(company.system(() -> products.get(product.getId())).getStockOnHand()).as("and one out again").isEqualByComparingTo("99998");
    }

    @Test
    void SAL09_theAgingPutsWhatIsOpenInItsBucketForTheCustomersTheUserMaySee() {
        LocalDate today = company.system(() -> profiles.today());
        Customer near = customer("AG1", "0.00");
        Customer far = customer("AG2", "0.00");
        Product product = product("AGP", "100.00");
        invoicedOn(near, product, "1", today.minusDays(10));     // 113.00, due in 20 days
        invoicedOn(far, product, "2", today.minusDays(100));     // 226.00, 70 days past due
        invoicedOn(far, product, "1", today.minusDays(250));     // 113.00, 220 days past due
        post(receipt(far, "13.00"));                             // the oldest first: 100.00 left on it

        ReceivablesAging.Report report = company.as("finance", () -> aging.report(today));
        assertThat(report.buckets().limits()).containsExactly(30, 60, 90, 180);
        assertThat(report.rows()).extracting(ReceivablesAging.Row::getCustomerCode).containsExactly("AG2", "AG1");
        assertThat(report.rows().get(0).getAmounts()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("226.00"), BigDecimal.ZERO, new BigDecimal("100.00"));
        assertThat(report.rows().get(0).getPastDue()).isEqualByComparingTo("326.00");
        assertThat(report.rows().get(1).getAmounts().get(0)).as("not yet due").isEqualByComparingTo("113.00");
        assertThat(report.totals().getTotal()).as("the rows add up").isEqualByComparingTo("439.00");

        ReceivablesAging.Report later = company.as("finance", () -> aging.report(today.plusDays(21)));
        assertThat(later.rows().get(1).getAmounts().get(1)).as("a day past due three weeks on").isEqualByComparingTo("113.00");
        assertThat(company.as("wangfang", () -> aging.report(today)).rows()).as("a rep of the south sees none of the east's").isEmpty();
    }

    @Test
    void SAL10_theAnalysisSumsSalesByAnyDimensionDownToTheDocumentsBehindEachTotal() {
        LocalDate today = company.system(() -> profiles.today());
        LocalDate from = today.minusDays(20);
        Customer alpha = customer("AN1", "0.00");
        Customer beta = customer("AN2", "0.00");
        Product motor = product("ANM", "100.00");
        Product pump = product("ANP", "250.00");
        Invoice first = invoicedOn(alpha, motor, "3", today.minusDays(10));    // 300.00 without VAT
        invoicedOn(beta, pump, "2", today.minusDays(5));                        // 500.00
        receive(returnOf(first, "1", ReturnResolution.REFUND, "不合格"), "eastmanager");   // −100.00 today
        CashSale sale = company.as("zhangwei", () -> {
            CashSale cart = new CashSale();
            cart.setCustomer(alpha);
            cart.setDocumentDate(today);
            cart.setPricesIncludeTax(false);
            cart.addLine(products.get(motor.getId()), BigDecimal.ONE).setUnitPrice(new BigDecimal("100.00"));
            cart.setPaymentMethod("TRANSFER");
            return cashSales.checkout(cart);                                     // 100.00
        });

        List<SalesAnalysis.Total> byCustomer = company.as("eastmanager", () -> salesAnalysis.totals(SalesDimension.CUSTOMER, from, today));
        assertThat(byCustomer).extracting(SalesAnalysis.Total::label).containsExactly("客户AN2", "客户AN1");
        assertThat(byCustomer).extracting(total -> total.net().toPlainString()).containsExactly("500.00", "300.00");
        assertThat(byCustomer.get(1).documents()).as("invoice, return and cash sale").isEqualTo(3);
        List<SalesAnalysis.Total> byProduct = company.as("eastmanager", () -> salesAnalysis.totals(SalesDimension.PRODUCT, from, today));
        assertThat(byProduct).extracting(total -> total.label() + " " + total.net().toPlainString() + " " + total.quantity().stripTrailingZeros().toPlainString())
                .containsExactly("产品 ANP 500.00 2", "产品 ANM 300.00 3");
        assertThat(company.as("eastmanager", () -> salesAnalysis.totals(SalesDimension.REP, from, today)))
                .singleElement().satisfies(total -> assertThat(total.label()).isEqualTo("张伟"))
                .satisfies(total -> assertThat(total.net()).isEqualByComparingTo("800.00"));
        assertThat(company.as("eastmanager", () -> salesAnalysis.totals(SalesDimension.CATEGORY, from, today)))
                .as("products without a category").singleElement().satisfies(total -> assertThat(total.key()).isNull());

        List<SalesAnalysis.Total> days = company.as("eastmanager", () -> salesAnalysis.daily(from, today));
        assertThat(days).hasSize(21);
        assertThat(days.stream().map(SalesAnalysis.Total::net).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("800.00");
        assertThat(days.get(20).net()).as("today: the refund and the cash sale").isEqualByComparingTo("0.00");
        assertThat(days.get(10).net()).isEqualByComparingTo("300.00");

        List<SalesAnalysis.Document> behind = company.as("eastmanager",
                () -> salesAnalysis.documents(SalesDimension.CUSTOMER, alpha.getId(), from, today));
        assertThat(behind).extracting(SalesAnalysis.Document::type).containsExactlyInAnyOrder("invoice", "salesReturn", "cashSale");
        assertThat(behind.stream().map(SalesAnalysis.Document::net).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the documents add up to the total").isEqualByComparingTo(byCustomer.get(1).net());
        assertThat(behind).filteredOn(document -> document.type().equals("cashSale")).singleElement()
                .satisfies(document -> assertThat(document.number()).isEqualTo(sale.getNumber()));
        assertThat(company.as("eastmanager", () -> salesAnalysis.documents(SalesDimension.DAY, today, from, today)))
                .extracting(document -> document.net().toPlainString()).containsExactlyInAnyOrder("-100.00", "100.00");

        assertThat(company.as("wangfang", () -> salesAnalysis.totals(SalesDimension.CUSTOMER, from, today)))
                .as("a rep of the south sees none of the east's sales").isEmpty();
        assertThat(company.as("wangfang", () -> salesAnalysis.documents(SalesDimension.CUSTOMER, alpha.getId(), from, today))).isEmpty();
        List<SalesTrend.Month> trend = company.as("eastmanager", () -> salesAnalysis.trend(YearMonth.from(today)));
        assertThat(trend).hasSize(12);
        assertThat(trend.get(11).amount()).as("this month so far").isEqualByComparingTo(
                company.as("eastmanager", () -> history.monthly(YearMonth.from(today), YearMonth.from(today))).get(0));
    }

    @Test
    void SAL02_aPlanSetsEachMonthAgainstWhatTheRepOrTheDepartmentBelowSold() {
        LocalDate today = company.system(() -> profiles.today());
        YearMonth last = YearMonth.from(today).minusMonths(1);
        int year = last.getYear();
        SalesRep rep = company.system(() -> {
            SalesRep file = new SalesRep();
            file.setEmployeeNo("E002");
            file.setName("张伟");
            file.setHireDate(LocalDate.of(2024, 3, 1));
            file.setStatus("ACTIVE");
            file.assignTo(users.findByUsername("zhangwei").orElseThrow(), null);
            return reps.save(file);
        });
        Customer customer = customer("PL", "0.00");
        Product product = product("PLP", "100.00");
        invoicedOn(customer, product, "30", last.atDay(3));                 // 3,000.00 by 张伟 of 华东销售部
        Invoice returned = invoicedOn(customer, product, "10", last.atDay(4)); // 1,000.00
        receive(returnOf(returned, "2", ReturnResolution.REFUND, "规格不符"), "eastmanager"); // −200.00, dated today

        SalesPlan mine = company.as("eastmanager", () -> {
            SalesPlan plan = plans.newRecord();
            plan.setPlanYear(year);
            plan.setRep(rep);
            plan.spreadEvenly(new BigDecimal("36000.00"));
            plan.getLines().get(last.getMonthValue() - 1).setPlanned(new BigDecimal("4000.00"));
            return plans.save(plan);
        });
        assertThat(mine.getOwner().getUsername()).as("a rep's plan is the rep's").isEqualTo("zhangwei");
        assertThat(mine.getDepartment().getCode()).isEqualTo("EAST");
        var month = mine.getLines().get(last.getMonthValue() - 1);
        // the refund is dated today: in the same year it counts against the current month, not the last
        assertThat(month.getActual()).isEqualByComparingTo("4000.00");
        assertThat(month.getAttainment()).isEqualByComparingTo("100.0");
        assertThat(mine.getPlannedTotal()).isEqualByComparingTo("37000.00");
        BigDecimal refundInYear = YearMonth.from(today).getYear() == year ? new BigDecimal("200.00") : BigDecimal.ZERO;
        assertThat(mine.getActualTotal()).isEqualByComparingTo(new BigDecimal("4000.00").subtract(refundInYear));
        // the plan is a metric for indicator formulas (BAS-04): the months of the period
        assertThat(company.as("eastmanager", () -> metrics.values(List.of("SALES_PLANNED"), rep, last.atDay(1), last.atEndOfMonth()))
                .get("SALES_PLANNED")).isEqualByComparingTo("4000.00");
        assertThat(company.as("eastmanager", () -> metrics.values(List.of("SALES_PLANNED"), rep, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))).get("SALES_PLANNED")).isEqualByComparingTo("37000.00");

        // the sales centre's plan counts 华东 and 华南 below it; 华南 sold nothing
        SalesPlan centre = company.as("director", () -> {
            SalesPlan plan = plans.newRecord();
            plan.setPlanYear(year);
            plan.setDepartment(company.system(() -> departments.findByCode("SALES").orElseThrow()));
            plan.spreadEvenly(new BigDecimal("1200000.00"));
            return plans.save(plan);
        });
        assertThat(centre.getActualTotal()).isEqualByComparingTo(mine.getActualTotal());
        assertThat(centre.getLines()).extracting(line -> line.getPlanned().toPlainString()).containsOnly("100000.00");
        SalesPlan south = company.as("director", () -> {
            SalesPlan plan = plans.newRecord();
            plan.setPlanYear(year);
            plan.setDepartment(company.system(() -> departments.findByCode("SOUTH").orElseThrow()));
            plan.spreadEvenly(new BigDecimal("100.00"));
            return plans.save(plan);
        });
        assertThat(south.getActualTotal()).isEqualByComparingTo("0.00");
        assertThat(south.getLines()).extracting(line -> line.getPlanned().toPlainString())
                .as("8.33 a month, the fen left over in December").containsExactly(
                        "8.33", "8.33", "8.33", "8.33", "8.33", "8.33", "8.33", "8.33", "8.33", "8.33", "8.33", "8.37");

        assertRefused(() -> company.as("director", () -> {
            SalesPlan plan = plans.newRecord();
            plan.setPlanYear(year);
            plan.setRep(rep);
            return plans.save(plan);
        }), "salesPlan.duplicate");
        assertRefused(() -> company.as("eastmanager", () -> {
            SalesPlan plan = plans.get(mine.getId());
            plan.getLines().get(0).setPlanned(new BigDecimal("-1.00"));
            return plans.save(plan);
        }), "salesPlan.plannedNegative");
        assertThat(company.as("zhangwei", () -> plans.findPage(PageRequest.firstPage(10)).rows()))
                .as("a rep sees his own plan only").extracting(SalesPlan::getId).containsExactly(mine.getId());
        assertThat(company.as("wangfang", () -> plans.findPage(PageRequest.firstPage(10)).rows())).isEmpty();

        // a later sale shows once the plan is refreshed
        invoicedOn(customer, product, "1", last.atDay(25));
        CommandOutcome refreshed = company.as("eastmanager", () -> {
            SalesPlan current = plans.get(mine.getId());
            return plans.perform(current.getId(), current.getVersion(), SalesPlanService.REFRESH, null);
        });
        assertThat(company.as("zhangwei", () -> plans.get(mine.getId())).getLines().get(last.getMonthValue() - 1).getActual())
                .isEqualByComparingTo("4100.00");
        assertThat(refreshed.notices()).isNotEmpty();
    }

    @Test
    void SAL01_theForecastReadsNetSalesByMonthLessRefundsForWhatTheUserMaySee() {
        YearMonth thisMonth = YearMonth.from(company.system(() -> profiles.today()));
        YearMonth two = thisMonth.minusMonths(2);
        YearMonth one = thisMonth.minusMonths(1);
        Customer customer = customer("FC", "0.00");
        Product product = product("FCP", "100.00");
        Invoice older = invoicedOn(customer, product, "3", two.atDay(10));   // 300.00 without VAT
        invoicedOn(customer, product, "5", one.atDay(5));                    // 500.00
        invoicedOn(customer, product, "2", one.atDay(6));                    // 200.00
        SalesReturn refund = returnOf(older, "1", ReturnResolution.REFUND, "外壳划伤");
        company.as("zhangwei", () -> {
            SalesReturn current = returns.get(refund.getId());
            current.setDocumentDate(one.atDay(20));
            return returns.save(current);
        });
        receive(refund, "eastmanager");                                     // 100.00 taken back in the later month

        assertThat(company.as("finance", () -> history.monthly(two.minusMonths(1), one)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("300.00"), new BigDecimal("600.00"));
        assertThat(company.as("zhangwei", () -> history.daily(two.atDay(1), one.atEndOfMonth())))
                .as("by day").containsOnlyKeys(two.atDay(10), one.atDay(5), one.atDay(6), one.atDay(20));
        assertThat(company.as("wangfang", () -> history.monthly(two, one)))
                .as("a rep of the south sees none of the east's sales").allSatisfy(amount -> assertThat(amount.signum()).isZero());
    }

    @Test
    void SAL09_aDunningPlanFollowsTheCompanysStepsUntilTheInvoiceIsCollected() {
        LocalDate today = company.system(() -> profiles.today());
        Customer customer = customer("DN", "0.00");
        Product product = product("DNP", "100.00");
        Invoice overdue = invoicedOn(customer, product, "2", today.minusDays(45));   // 226.00, due 15 days ago
        Invoice notDue = invoicedOn(customer, product, "1", today.minusDays(5));     // 113.00, due in 25 days

        assertThat(company.as("finance", () -> dunning.startForOverdue())).as("the overdue invoice only").isEqualTo(1);
        assertThat(company.as("finance", () -> dunning.startForOverdue())).as("never two open plans").isZero();
        DunningPlan plan = planOf(overdue);
        assertThat(plan.getAmountDue()).isEqualByComparingTo("226.00");
        assertThat(plan.getOwner().getUsername()).as("the invoice's rep").isEqualTo("zhangwei");
        // the default steps, dated from the due date; the reminder and the call, past already, are due today
        assertThat(plan.getLines()).extracting(DunningStep::getAction).containsExactly("REMINDER", "CALL", "LETTER", "VISIT");
        assertThat(plan.getLines()).extracting(DunningStep::getPlannedDate)
                .containsExactly(today, today, today.plusDays(15), today.plusDays(45));
        assertThat(plan.getLines()).extracting(step -> step.getAssignee().getUsername()).containsOnly("zhangwei");
        assertThat(plan.getNextStepDate()).isEqualTo(today);

        CommandOutcome started = command(notDue, InvoiceService.DUNNING);
        assertThat(started.notices().get(0).arguments()).containsExactly(notDue.getNumber(), "4");
        assertRefused(() -> command(notDue, InvoiceService.DUNNING), "dunning.alreadyOpen");

        // the rep writes down the reminder and moves the call to yesterday (so it is late)
        DunningPlan noted = company.as("zhangwei", () -> {
            DunningPlan current = dunning.get(plan.getId());
            current.getLines().get(0).setDoneOn(today);
            current.getLines().get(0).setOutcome("短信已发，客户回复月底付款");
            current.getLines().get(1).setPlannedDate(today.minusDays(1));
            return dunning.save(current);
        });
        assertThat(noted.getNextStepDate()).isEqualTo(today.minusDays(1));
        assertRefused(() -> company.as("zhangwei", () -> {
            DunningPlan current = dunning.get(plan.getId());
            current.getLines().get(1).setDoneOn(today.plusDays(1));
            return dunning.save(current);
        }), "dunning.doneInFuture");

        List<DunningPlanService.CalendarStep> calendar = company.as("zhangwei", () -> dunning.calendar(today.minusDays(7), today.plusDays(60), null));
        assertThat(calendar).filteredOn(step -> step.planId() == plan.getId())
                .extracting(DunningPlanService.CalendarStep::stepNo, DunningPlanService.CalendarStep::isDone, DunningPlanService.CalendarStep::late)
                .containsExactlyInAnyOrder(tuple(1, true, false), tuple(2, false, true), tuple(3, false, false), tuple(4, false, false));
        assertThat(calendar).filteredOn(step -> step.planId() == plan.getId()).allSatisfy(step -> {
            assertThat(step.invoice()).isEqualTo(overdue.getNumber());
            assertThat(step.open()).isEqualByComparingTo("226.00");
        });
        long managerId = company.system(() -> users.findByUsername("eastmanager").orElseThrow().getId());
        assertThat(company.as("eastmanager", () -> dunning.calendar(today.minusDays(7), today.plusDays(60), managerId)))
                .as("only mine: none given to the manager").isEmpty();
        assertThat(company.as("eastmanager", () -> dunning.calendar(today.minusDays(7), today.plusDays(90), null)))
                .as("both plans, four steps each").hasSize(8);
        assertThat(company.as("wangfang", () -> dunning.calendar(today.minusDays(7), today.plusDays(60), null)))
                .as("a rep of the south sees none of the east's").isEmpty();

        // the money comes in, oldest first: the overdue invoice is settled and its plan closes by itself
        post(receipt(customer, "226.00"));
        DunningPlan collected = company.as("finance", () -> dunning.get(plan.getId()));
        assertThat(collected.getStatus()).isEqualTo(DunningPlan.COLLECTED);
        assertThat(collected.getClosedOn()).isEqualTo(today);
        assertThat(company.system(() -> auditTrail.history("dunningPlan", plan.getId())))
                .extracting(AuditEntry::getNewValue).contains(DunningPlanService.COLLECTED);
        assertRefused(() -> company.as("zhangwei", () -> dunning.save(dunning.get(plan.getId()))), "document.notEditable");
        assertThat(company.as("zhangwei", () -> dunning.calendar(today.minusDays(7), today.plusDays(60), null)))
                .as("a collected plan leaves the calendar").noneMatch(step -> step.planId() == plan.getId());

        DunningPlan other = planOf(notDue);
        assertRefused(() -> company.as("finance", () -> dunning.perform(other.getId(), other.getVersion(), DunningPlanService.STOP, null)),
                "command.reasonRequired");
        company.as("finance", () -> dunning.perform(other.getId(), other.getVersion(), DunningPlanService.STOP, "客户对质量有争议，转法务"));
        DunningPlan stopped = company.as("finance", () -> dunning.get(other.getId()));
        assertThat(stopped.getStatus()).isEqualTo(DunningPlan.CANCELLED);
        assertThat(stopped.getCloseReason()).isEqualTo("客户对质量有争议，转法务");
        assertRefused(() -> company.as("director", () -> {
            dunning.delete(stopped.getId(), stopped.getVersion());
            return null;
        }), "dunning.notDeletable");
    }

    private DunningPlan planOf(Invoice invoice) {
        return company.as("finance", () -> dunning.findPage(PageRequest.firstPage(10)
                .withFilter("invoice", Long.toString(invoice.getId()))).rows().stream()
                .filter(DunningPlan::isOpen).findFirst().orElseThrow());
    }

    @Test
    void ORG08_aRepsMonthlyCommissionComesFromHisInvoicesAndIsLockedOnceApproved() {
        LocalDate today = company.system(() -> profiles.today());
        SalesRep rep = company.system(() -> {
            SalesRep file = new SalesRep();
            file.setEmployeeNo("E001");
            file.setName("张伟");
            file.setHireDate(LocalDate.of(2024, 3, 1));
            file.setStatus("ACTIVE");
            file.assignTo(users.findByUsername("zhangwei").orElseThrow(), null);
            return reps.save(file);
        });
        CommissionRuleRecord rule = company.as("eastmanager", () -> {
            CommissionRuleRecord draft = rules.newRecord();
            draft.setCode("CR_EAST");
            draft.setNameZhCn("华东销售提成");
            CommissionRuleRecord saved = rules.save(draft);
            CommissionRuleRecord banded = rules.replaceTiers(saved.getId(), saved.getVersion(), List.of(
                    CommissionTier.of("0", "100000", "0.02"), CommissionTier.of("100000", "300000", "0.03"),
                    CommissionTier.of("300000", null, "0.05")));
            banded.setActive(true);
            return rules.save(banded);
        });
        Customer customer = customer("CM1", "0.00");
        Product product = product("CMP", "1000.00");
        invoicedOn(customer, product, "1", today.withDayOfMonth(1), "395500.00");   // 350,000.00 without VAT

        CommissionRecord computed = company.as("eastmanager", () -> {
            CommissionRecord record = commissions.newRecord();
            record.setRep(rep);
            record.setRule(rule);
            record.setPeriodStart(today);
            return commissions.save(record);
        });
        // 100,000 × 2 % + 200,000 × 3 % + 50,000 × 5 % = 2,000 + 6,000 + 2,500
        assertThat(computed.getBaseAmount()).isEqualByComparingTo("350000.00");
        assertThat(computed.getCommission()).isEqualByComparingTo("10500.00");
        assertThat(computed.getBreakdown()).contains("100000.00 × 2% = 2000.00").contains("50000.00 × 5% = 2500.00");
        assertThat(computed.getPeriodStart()).isEqualTo(today.withDayOfMonth(1));
        assertThat(computed.getOwner().getUsername()).as("the rep's own record").isEqualTo("zhangwei");
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        assertThat(company.as("eastmanager", () -> metrics.values(List.of("SALES_ACTUAL", "GROSS_PROFIT", "INVOICED", "CASH_COLLECTED"),
                reps.get(rep.getId()), monthStart, monthEnd)))
                .as("the same figures for indicator formulas (BAS-04); the product has no cost")
                .containsEntry("SALES_ACTUAL", new BigDecimal("350000.00")).containsEntry("GROSS_PROFIT", new BigDecimal("350000.00"))
                .containsEntry("INVOICED", new BigDecimal("395500.00")).containsEntry("CASH_COLLECTED", new BigDecimal("0.00"));
        assertThat(company.as("zhangwei", () -> commissions.findPage(PageRequest.firstPage(10)).rows())).hasSize(1);
        assertThat(company.as("wangfang", () -> commissions.findPage(PageRequest.firstPage(10)).rows())).isEmpty();
        assertThatThrownBy(() -> company.as("zhangwei", () -> commissions.perform(computed.getId(), computed.getVersion(),
                CommissionRecordService.APPROVE, null))).isInstanceOf(PermissionDeniedException.class);

        CommandOutcome month = company.as("eastmanager", () -> reps.perform(rep.getId(), reps.get(rep.getId()).getVersion(),
                SalesRepService.COMMISSIONS, null));
        assertThat(month.notices().get(0).arguments()).as("the draft of the one rule in force, worked out again").startsWith("1");
        CommissionRecord current = company.as("eastmanager", () -> commissions.get(computed.getId()));
        company.as("eastmanager", () -> commissions.perform(current.getId(), current.getVersion(), CommissionRecordService.APPROVE, null));
        assertThat(company.as("eastmanager", () -> reps.perform(rep.getId(), reps.get(rep.getId()).getVersion(),
                SalesRepService.COMMISSIONS, null)).notices().get(0).arguments()).as("an approved record is left alone").startsWith("0");
        invoicedOn(customer, product, "1", today.withDayOfMonth(1), "11300.00");     // a later sale of the month
        CommissionRecord approved = company.as("eastmanager", () -> commissions.get(computed.getId()));
        assertThat(approved.isApproved()).isTrue();
        assertThat(approved.getApprovedBy()).isEqualTo("eastmanager");
        assertThat(approved.getCommission()).as("approved: what the rep is paid, unchanged").isEqualByComparingTo("10500.00");
        assertRefused(() -> company.as("eastmanager", () -> commissions.save(approved)), "commission.approved");
        assertRefused(() -> company.as("eastmanager", () -> commissions.delete(approved.getId(), approved.getVersion())), "commission.approved");
        assertRefused(() -> company.as("eastmanager", () -> commissions.perform(approved.getId(), approved.getVersion(),
                CommissionRecordService.RECOMPUTE, null)), "command.notAvailable");
    }

    @Test
    void SAL04_SAL09_theCreditCheckCountsWhatIsOwedAndWhatWasPaidInAdvance() {
        Customer customer = customer("XF", "10000.00");
        Product product = product("SRV", "1000.00");
        invoiced(customer, product, null, "6000.00");
        SalesOrder next = draft(customer, product, "1", "5000.00");
        assertRefused(() -> command(next, SalesOrderService.POST), "salesOrder.creditExceeded");
        post(receipt(customer, "3000.00"));
        command(next, SalesOrderService.POST);
        assertThat(company.as("zhangwei", () -> orders.get(next.getId())).orderStatus()).isEqualTo(OrderStatus.POSTED);
    }

    @Test
    void SAL09_theLedgerBalanceIsAlwaysInvoicesLessReceiptsLessCreditNotes() {
        long seed = 20261130L;
        Random random = new Random(seed);
        Customer customer = customer("RND", "0.00");
        Product product = product("RND-P", "37.90");
        for (int step = 0; step < 24; step++) {
            int choice = random.nextInt(4);
            if (choice == 0 || step < 2) {
                String quantity = Integer.toString(1 + random.nextInt(9));
                String price = new BigDecimal(1000 + random.nextInt(200_000)).movePointLeft(2).toPlainString();
                invoiced(customer, product, quantity, price);
            } else if (choice == 1) {
                String amount = new BigDecimal(100 + random.nextInt(300_000)).movePointLeft(2).toPlainString();
                post(receipt(customer, amount));
            } else if (choice == 3) {
                List<Invoice> returnable = company.as("finance", () -> invoices.findPage(PageRequest.firstPage(100)).rows()).stream()
                        .filter(invoice -> invoice.invoiceStatus() != InvoiceStatus.DRAFT
                                && invoice.getLines().get(0).returnable().signum() > 0)
                        .toList();
                if (!returnable.isEmpty()) {
                    Invoice invoice = returnable.get(random.nextInt(returnable.size()));
                    int most = invoice.getLines().get(0).returnable().intValue();
                    SalesReturn draft = returnOf(invoice, Integer.toString(1 + random.nextInt(most)), ReturnResolution.REFUND, "随机退货");
                    receive(draft, "eastmanager");
                }
            } else {
                company.as("finance", () -> receipts.findPage(PageRequest.firstPage(100)).rows()).stream()
                        .filter(receipt -> receipt.isPosted() && receipt.unapplied().signum() > 0).findFirst()
                        .ifPresent(advance -> company.as("finance", () -> receipts.perform(advance.getId(), advance.getVersion(),
                                ReceiptService.APPLY_ADVANCE, null)));
            }
            assertBalanced(customer, "seed " + seed + ", step " + step);
        }
    }

    private void assertBalanced(Customer customer, String when) {
        List<Invoice> all = company.as("finance", () -> invoices.findPage(PageRequest.firstPage(500)).rows());
        List<Receipt> received = company.as("finance", () -> receipts.findPage(PageRequest.firstPage(500)).rows());
        BigDecimal invoiced = all.stream().filter(i -> i.invoiceStatus() != InvoiceStatus.DRAFT).map(Invoice::getGrossTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = received.stream().filter(Receipt::isPosted).map(Receipt::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal open = all.stream().map(Invoice::getOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal advances = received.stream().filter(Receipt::isPosted).map(Receipt::unapplied).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CreditNote> notes = company.as("finance", () -> creditNotes.findPage(PageRequest.firstPage(500)).rows());
        BigDecimal credited = notes.stream().map(CreditNote::getGrossTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = notes.stream().map(CreditNote::getUnappliedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<LedgerEntry> entries = company.as("finance", () -> ledger.entries(customers.get(customer.getId())));
        BigDecimal balance = entries.isEmpty() ? BigDecimal.ZERO : entries.get(entries.size() - 1).getBalance();
        assertThat(balance).as("ledger balance = invoices − receipts − credit notes, " + when)
                .isEqualByComparingTo(invoiced.subtract(paid).subtract(credited));
        assertThat(balance).as("= open on invoices − advances − unapplied credit, " + when)
                .isEqualByComparingTo(open.subtract(advances).subtract(credit));
        for (Invoice invoice : all) {
            BigDecimal lines = invoice.getLines().stream().map(SalesLine::getGrossAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(invoice.getGrossTotal()).as("invoice total = its lines, " + when).isEqualByComparingTo(lines);
            assertThat(invoice.getNetTotal().add(invoice.getTaxTotal())).isEqualByComparingTo(invoice.getGrossTotal());
        }
    }

    /** An issued invoice of a whole order, dated {@code day} (so due 30 days after it). */
    private Invoice invoicedOn(Customer customer, Product product, String quantity, LocalDate day) {
        return invoicedOn(customer, product, quantity, day, null);
    }

    private Invoice invoicedOn(Customer customer, Product product, String quantity, LocalDate day, String unitPrice) {
        SalesOrder order = postedOrder(customer, product, quantity, unitPrice);
        ship(order, null);
        Invoice draft = draftInvoice(order);
        Invoice dated = company.as("finance", () -> {
            Invoice current = invoices.get(draft.getId());
            current.setDocumentDate(day);
            return invoices.save(current);
        });
        return issue(dated);
    }

    private Invoice invoiced(Customer customer, Product product, String quantity) {
        return invoiced(customer, product, quantity, null);
    }

    /** An issued invoice of a whole order (posted, shipped, invoiced). */
    private Invoice invoiced(Customer customer, Product product, String quantity, String unitPrice) {
        SalesOrder order = postedOrder(customer, product, quantity == null ? "1" : quantity, unitPrice);
        ship(order, null);
        return issue(draftInvoice(order));
    }

    private SalesOrder postedOrder(Customer customer, Product product, String quantity, String unitPrice) {
        SalesOrder order = draft(customer, product, quantity, unitPrice);
        command(order, SalesOrderService.POST);
        return order;
    }

    private SalesOrder draft(Customer customer, Product product, String quantity, String unitPrice) {
        return company.as("zhangwei", () -> {
            SalesOrder order = orders.newRecord();
            order.setCustomer(customer);
            var line = order.addLine(product, new BigDecimal(quantity));
            if (unitPrice != null) {
                line.setUnitPrice(new BigDecimal(unitPrice));
            }
            return orders.save(order);
        });
    }

    /** Ships the order's waiting note: {@code quantity} of its line, or all of it. */
    private void ship(SalesOrder order, String quantity) {
        company.as("eastmanager", () -> {
            Shipment note = shipments.findPage(PageRequest.firstPage(10).withFilter("salesOrder", Long.toString(order.getId()))).rows()
                    .stream().filter(each -> each.shipmentStatus() == ShipmentStatus.DRAFT).findFirst().orElseThrow();
            if (quantity != null) {
                note.getLines().get(0).setQuantity(new BigDecimal(quantity));
                note = shipments.save(note);
            }
            return shipments.perform(note.getId(), note.getVersion(), ShipmentService.SHIP, null);
        });
    }

    private Invoice draftInvoice(SalesOrder order) {
        CommandOutcome outcome = command(order, SalesOrderService.INVOICE);
        return company.as("finance", () -> invoices.get(outcome.recordId()));
    }

    private Invoice issue(Invoice draft) {
        return company.as("finance", () -> {
            Invoice current = invoices.get(draft.getId());
            invoices.perform(current.getId(), current.getVersion(), InvoiceService.ISSUE, null);
            return invoices.get(draft.getId());
        });
    }

    /** A return drafted by the rep from the invoice, with {@code quantity} of its first line (or all that is returnable). */
    private SalesReturn returnOf(Invoice invoice, String quantity, ReturnResolution resolution, String reason) {
        CommandOutcome outcome = command(invoice, InvoiceService.RETURN);
        SalesReturn draft = company.as("zhangwei", () -> returns.get(outcome.recordId()));
        return quantity == null ? draft : returnOf(invoice, quantity, resolution, reason, draft);
    }

    private SalesReturn returnOf(Invoice invoice, String quantity, ReturnResolution resolution, String reason, SalesReturn draft) {
        return company.as("zhangwei", () -> {
            SalesReturn current = returns.get(draft.getId());
            current.getLines().get(0).setQuantity(new BigDecimal(quantity));
            current.setResolution(resolution.name());
            current.setReason(reason);
            return returns.save(current);
        });
    }

    private CommandOutcome receive(SalesReturn salesReturn, String user) {
        return company.as(user, () -> {
            SalesReturn current = returns.get(salesReturn.getId());
            return returns.perform(current.getId(), current.getVersion(), SalesReturnService.POST, null);
        });
    }

    private CommandOutcome command(Invoice invoice, String command) {
        return company.as("zhangwei", () -> {
            Invoice current = invoices.get(invoice.getId());
            return invoices.perform(current.getId(), current.getVersion(), command, null);
        });
    }

    private Invoice invoice(Invoice invoice) {
        return company.as("finance", () -> invoices.get(invoice.getId()));
    }

    private CommandOutcome command(SalesOrder order, String command) {
        String user = command.equals(SalesOrderService.INVOICE) ? "finance" : "zhangwei";
        return company.as(user, () -> {
            SalesOrder current = orders.get(order.getId());
            return orders.perform(current.getId(), current.getVersion(), command, null);
        });
    }

    private Receipt receipt(Customer customer, String amount) {
        return company.as("finance", () -> {
            Receipt receipt = receipts.newRecord();
            receipt.setCustomer(customer);
            receipt.setAmount(new BigDecimal(amount));
            return receipts.save(receipt);
        });
    }

    private Receipt post(Receipt receipt) {
        return company.as("finance", () -> {
            Receipt current = receipts.get(receipt.getId());
            receipts.perform(current.getId(), current.getVersion(), ReceiptService.POST, null);
            return receipts.get(receipt.getId());
        });
    }

    private Customer customer(String code, String creditLimit) {
        return company.as("zhangwei", () -> {
            Customer customer = new Customer();
            customer.setCode(code);
            customer.setName("客户" + code);
            customer.setCustomerType("ENTERPRISE");
            customer.setCreditLimit(new BigDecimal(creditLimit));
            customer.setPaymentTerms("NET_30");
            return customers.save(customer);
        });
    }

    private Product product(String code, String listPrice) {
        return company.system(() -> {
            Product product = new Product();
            product.setCode(code);
            product.setName("产品 " + code);
            product.setUnit("UNIT");
            product.setListPrice(new BigDecimal(listPrice));
            product.setStockOnHand(new BigDecimal("100000"));
            return products.save(product);
        });
    }
}
