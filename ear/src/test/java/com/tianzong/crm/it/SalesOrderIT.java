package com.tianzong.crm.it;

import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.catalog.application.ProductService;
import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.application.WarrantyService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.Warranty;
import com.tianzong.crm.platform.administration.CompanyProfile;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.sales.application.QuoteService;
import com.tianzong.crm.sales.application.SalesOrderService;
import com.tianzong.crm.sales.application.ShipmentService;
import com.tianzong.crm.sales.domain.OrderStatus;
import com.tianzong.crm.sales.domain.Quote;
import com.tianzong.crm.sales.domain.QuoteStatus;
import com.tianzong.crm.sales.domain.SalesOrder;
import com.tianzong.crm.sales.domain.Shipment;
import com.tianzong.crm.sales.domain.ShipmentStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SAL-03 quotes and SAL-04 orders in the container: a quote becomes an order in one step; posting
 * checks credit and stock, reserves and makes the shipment note; shipping (in parts) takes stock
 * and starts warranties; orders posted at the same moment never overdraw a credit limit or
 * oversell the last units.
 */
@ExtendWith(ArquillianExtension.class)
class SalesOrderIT {

    private static final int CONCURRENT = 10;


    @EJB
    TenantProvisioning provisioning;

    @EJB
    QuoteService quotes;

    @EJB
    SalesOrderService orders;

    @EJB
    ShipmentService shipments;

    @EJB
    CustomerService customers;

    @EJB
    ProductService products;

    @EJB
    WarrantyService warranties;

    @EJB
    CompanyProfiles profiles;

    @EJB
    AuditTrail auditTrail;

    @Resource
    ManagedExecutorService executor;

    private TestCompany company;

    @BeforeEach
    void company() {
        company = TestCompany.withSalesTeam(provisioning, "it_sales");
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void SAL03_aQuoteBecomesADraftOrderInOneStepWithTheCustomersPaymentTerms() {
        Customer customer = customer("HX", "0.00");
        Product printer = product("PRN-A3", "2000.00", "100", 0);
        Quote quote = company.as("zhangwei", () -> {
            Quote draft = quotes.newRecord();
            draft.setCustomer(customer);
            draft.setSubject("A3 打印机 12 台");
            draft.addLine(printer, new BigDecimal("12")).setDiscountRate(new BigDecimal("5"));
            return quotes.save(draft);
        });
        assertThat(quote.getNumber()).matches("QT\\d{4}-000001");
        assertThat(quote.getPaymentTerms()).as("the customer's terms filled in").isEqualTo("NET_30");
        // 12 × 2,260.00 (incl. 13 % VAT) less 5 % = 25,764.00
        assertThat(quote.getGrossTotal()).isEqualByComparingTo("25764.00");
        assertThat(quote.getNetTotal().add(quote.getTaxTotal())).isEqualTo(quote.getGrossTotal());

        CommandOutcome outcome = company.as("zhangwei", () -> {
            Quote sent = quotes.get(quote.getId());
            quotes.perform(sent.getId(), sent.getVersion(), QuoteService.SEND, null);
            Quote again = quotes.get(quote.getId());
            return quotes.perform(again.getId(), again.getVersion(), QuoteService.TO_ORDER, null);
        });
        assertThat(outcome.recordType()).isEqualTo("salesOrder");
        SalesOrder order = company.as("zhangwei", () -> orders.get(outcome.recordId()));
        assertThat(order.getNumber()).matches("SO\\d{4}-000001");
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.getGrossTotal()).isEqualByComparingTo("25764.00");
        assertThat(order.getLines()).hasSize(1);
        assertThat(order.getPaymentTerms()).isEqualTo("NET_30");
        Quote ordered = company.as("zhangwei", () -> quotes.get(quote.getId()));
        assertThat(ordered.quoteStatus()).isEqualTo(QuoteStatus.ORDERED);
        assertThat(ordered.getSalesOrder().getId()).isEqualTo(order.getId());
        assertRefused(() -> company.as("zhangwei", () -> quotes.perform(ordered.getId(), ordered.getVersion(), QuoteService.TO_ORDER, null)),
                "command.notAvailable");
    }

    @Test
    void SAL04_overTheCreditLimitPostingIsRefusedAndOnlyAnApproverPostsWithAReasonThatIsAudited() {
        Customer customer = customer("XF", "10000.00");
        Product product = product("SRV-1", "1000.00", "1000", 0);
        SalesOrder first = draft("zhangwei", customer, product, "6000.00");
        post("zhangwei", first);
        SalesOrder second = draft("zhangwei", customer, product, "5000.00");

        assertThatThrownBy(() -> post("zhangwei", second)).isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
            assertThat(refusal.getMessageKey()).isEqualTo("salesOrder.creditExceeded");
            assertThat(refusal.getArguments()).containsExactly("10000.00", "6000.00", "4000.00", "5000.00");
        });
        assertThat(company.as("zhangwei", () -> orders.get(second.getId())).orderStatus()).as("nothing changed").isEqualTo(OrderStatus.DRAFT);
        assertThat(reserved(product)).as("only the first order's unit").isEqualByComparingTo("1");
        assertThatThrownBy(() -> command("zhangwei", second, SalesOrderService.POST_OVER_CREDIT, "老客户"))
                .as("a rep has no approval right").isInstanceOf(PermissionDeniedException.class);
        assertRefused(() -> command("director", second, SalesOrderService.POST_OVER_CREDIT, "  "), "command.reasonRequired");

        command("director", second, SalesOrderService.POST_OVER_CREDIT, "年底冲量，总经理已批准");
        SalesOrder posted = company.as("director", () -> orders.get(second.getId()));
        assertThat(posted.orderStatus()).isEqualTo(OrderStatus.POSTED);
        assertThat(posted.getCreditOverrideReason()).isEqualTo("年底冲量，总经理已批准");
        List<AuditEntry> history = company.system(() -> auditTrail.history("salesOrder", second.getId()));
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo("director");
            assertThat(entry.getField()).isEqualTo("command");
            assertThat(entry.getNewValue()).isEqualTo("postOverCredit · 年底冲量，总经理已批准");
        });
        assertThat(history).anySatisfy(entry -> assertThat(entry.getField() + "=" + entry.getNewValue()).isEqualTo("status=POSTED"));
    }

    @Test
    void SAL04_aShortageRefusesTheOrderOrPostsABackOrderAsTheCompanyChoosesAndReopeningGivesTheStockBack() {
        Customer customer = customer("KD", "0.00");
        Product product = product("TNR-88", "300.00", "5", 0);
        SalesOrder first = draft("zhangwei", customer, product, null, "3");
        CommandOutcome posted = post("zhangwei", first);
        assertThat(posted.notices()).extracting(CommandOutcome.Notice::messageKey).containsExactly("salesOrder.shipmentNoteMade");
        assertThat(reserved(product)).isEqualByComparingTo("3");
        SalesOrder second = draft("eastmanager", customer, product, null, "3");

        assertThatThrownBy(() -> post("eastmanager", second)).isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
            assertThat(refusal.getMessageKey()).isEqualTo("salesOrder.stockShort");
            assertThat(refusal.getArguments()).containsExactly("范围测试产品 TNR-88 (3 / 2)");
        });

        company.system(() -> {
            CompanyProfile profile = profiles.profile();
            profiles.change(profiles.companyName(), profile.getAddress(), profile.getPhone(), profile.getTaxId(), profile.getTimezone(),
                    profile.getCurrency(), profile.getFiscalYearStartMonth(), null, CompanyProfile.STOCK_WARN);
            return null;
        });
        CommandOutcome backOrder = post("eastmanager", second);
        assertThat(backOrder.notices()).anySatisfy(notice -> {
            assertThat(notice.messageKey()).isEqualTo("salesOrder.backOrdered");
            assertThat(notice.warning()).isTrue();
        });
        assertThat(reserved(product)).isEqualByComparingTo("6");
        assertThat(company.system(() -> products.get(product.getId())).getStockAvailable()).isEqualByComparingTo("-1");

        assertRefused(() -> company.as("zhangwei", () -> orders.save(orders.get(first.getId()))), "document.notEditable");
        command("zhangwei", first, SalesOrderService.REOPEN, null);
        assertThat(reserved(product)).isEqualByComparingTo("3");
        assertThat(notesOf(first)).extracting(Shipment::shipmentStatus).containsExactly(ShipmentStatus.CANCELLED);
        assertThat(company.as("zhangwei", () -> orders.get(first.getId())).isLinesEditable()).isTrue();
    }

    @Test
    void SAL04_CUS06_aPartialShipmentTakesStockLeavesANoteForTheRestAndStartsTheWarranty() {
        Customer customer = customer("ZY", "0.00");
        Product product = product("SRV-R740", "42000.00", "10", 36);
        SalesOrder order = draft("zhangwei", customer, product, null, "4");
        post("zhangwei", order);
        Shipment note = notesOf(order).get(0);
        assertThat(note.getNumber()).matches("SH\\d{4}-000001");
        assertThat(note.getLines()).singleElement().satisfies(line -> assertThat(line.getQuantity()).isEqualByComparingTo("4"));

        Shipment partial = company.as("eastmanager", () -> {
            Shipment editing = shipments.get(note.getId());
            editing.getLines().get(0).setQuantity(BigDecimal.ONE);
            editing.setCarrier("顺丰速运");
            return shipments.save(editing);
        });
        CommandOutcome shipped = company.as("eastmanager", () -> shipments.perform(partial.getId(), partial.getVersion(), ShipmentService.SHIP, null));
        assertThat(shipped.notices()).extracting(CommandOutcome.Notice::messageKey)
                .containsExactly("shipment.restNoteMade", "shipment.warrantiesStarted");

        Product after = company.system(() -> products.get(product.getId()));
        assertThat(after.getStockOnHand()).isEqualByComparingTo("9");
        assertThat(after.getStockReserved()).isEqualByComparingTo("3");
        assertThat(company.as("zhangwei", () -> orders.get(order.getId())).orderStatus()).isEqualTo(OrderStatus.PARTLY_SHIPPED);
        List<Shipment> notes = notesOf(order);
        assertThat(notes).extracting(Shipment::shipmentStatus).containsExactlyInAnyOrder(ShipmentStatus.SHIPPED, ShipmentStatus.DRAFT);
        Shipment rest = notes.stream().filter(each -> each.shipmentStatus() == ShipmentStatus.DRAFT).findFirst().orElseThrow();
        assertThat(rest.getLines().get(0).getQuantity()).isEqualByComparingTo("3");

        List<Warranty> started = company.as("zhangwei", () -> warranties.findPage(PageRequest.firstPage(10)
                .withFilter("customer", Long.toString(customer.getId()))).rows());
        assertThat(started).singleElement().satisfies(warranty -> {
            assertThat(warranty.getProduct().getId()).isEqualTo(product.getId());
            assertThat(warranty.getStartDate()).isEqualTo(company.system(profiles::today));
            assertThat(warranty.getExpiryDate()).as("the last day covered").isEqualTo(warranty.getStartDate().plusMonths(36).minusDays(1));
            assertThat(warranty.getOwner().getUsername()).as("with the customer's rep").isEqualTo("zhangwei");
        });

        assertRefused(() -> company.as("eastmanager", () -> {
            Shipment tooMuch = shipments.get(rest.getId());
            tooMuch.getLines().get(0).setQuantity(new BigDecimal("4"));
            return shipments.save(tooMuch);
        }), "shipment.moreThanOutstanding");
        company.as("eastmanager", () -> shipments.perform(rest.getId(), rest.getVersion(), ShipmentService.SHIP, null));
        assertThat(company.as("zhangwei", () -> orders.get(order.getId())).orderStatus()).isEqualTo(OrderStatus.SHIPPED);
        Product emptied = company.system(() -> products.get(product.getId()));
        assertThat(emptied.getStockOnHand()).isEqualByComparingTo("6");
        assertThat(emptied.getStockReserved()).isZero();
        assertRefused(() -> command("zhangwei", order, SalesOrderService.CANCEL, "客户取消"), "command.notAvailable");
    }

    @Test
    void SAL04_ordersPostedAtTheSameMomentNeverOverdrawOneCreditLimit() throws Exception {
        Customer customer = customer("BJ", "10000.00");
        Product product = product("PAPER", "100.00", "100000", 0);
        List<SalesOrder> drafts = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            drafts.add(draft("zhangwei", customer, product, "3000.00"));
        }
        List<Boolean> results = postAtOnce(drafts);

        assertThat(results.stream().filter(Boolean::booleanValue).count()).as("3 × 3,000 fit in 10,000, a fourth does not").isEqualTo(3);
        BigDecimal onOrder = company.as("zhangwei", () -> orders.findPage(PageRequest.firstPage(100).withFilter("status", "POSTED")).rows())
                .stream().map(SalesOrder::getGrossTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(onOrder).isEqualByComparingTo("9000.00");
    }

    @Test
    void SAL04_ordersPostedAtTheSameMomentNeverSellTheLastUnitsTwice() throws Exception {
        Product product = product("LAST-5", "50.00", "5", 0);
        List<SalesOrder> drafts = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            drafts.add(draft("zhangwei", customer("C" + i, "0.00"), product, null, "1"));
        }
        List<Boolean> results = postAtOnce(drafts);

        assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(5);
        assertThat(reserved(product)).isEqualByComparingTo("5");
        List<String> numbers = company.system(() -> shipments.findPage(PageRequest.firstPage(100)).rows()).stream()
                .map(Shipment::getNumber).toList();
        assertThat(numbers).as("a shipment note per posted order, numbered without repeats").hasSize(5).doesNotHaveDuplicates();
    }

    /** Posts the orders from parallel threads released together; true for each that was posted, false for each refused. */
    private List<Boolean> postAtOnce(List<SalesOrder> drafts) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> futures = new ArrayList<>();
        for (SalesOrder draft : drafts) {
            futures.add(executor.submit(() -> {
                start.await();
                try {
                    post("zhangwei", draft);
                    return true;
                } catch (BusinessRuleException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        List<Boolean> results = new ArrayList<>();
        for (Future<Boolean> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    private CommandOutcome post(String username, SalesOrder order) {
        return command(username, order, SalesOrderService.POST, null);
    }

    private CommandOutcome command(String username, SalesOrder order, String command, String reason) {
        try {
            return company.as(username, () -> {
                SalesOrder current = orders.get(order.getId());
                return orders.perform(current.getId(), current.getVersion(), command, reason);
            });
        } catch (EJBException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private List<Shipment> notesOf(SalesOrder order) {
        return company.system(() -> shipments.findPage(PageRequest.firstPage(10).withFilter("salesOrder", Long.toString(order.getId()))).rows());
    }

    private BigDecimal reserved(Product product) {
        return company.system(() -> products.get(product.getId())).getStockReserved();
    }

    private SalesOrder draft(String username, Customer customer, Product product, String grossTotal) {
        return draft(username, customer, product, grossTotal, "1");
    }

    /** A saved draft order of one line; {@code grossTotal} (prices include VAT) as the line's price, else the list price. */
    private SalesOrder draft(String username, Customer customer, Product product, String grossTotal, String quantity) {
        return company.as(username, () -> {
            SalesOrder order = orders.newRecord();
            order.setCustomer(customer);
            var line = order.addLine(product, new BigDecimal(quantity));
            if (grossTotal != null) {
                line.setUnitPrice(new BigDecimal(grossTotal));
            }
            return orders.save(order);
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
            customer.setAddress("上海市浦东新区张江路 88 号");
            return customers.save(customer);
        });
    }

    private Product product(String code, String listPrice, String stock, int warrantyMonths) {
        return company.system(() -> {
            Product product = new Product();
            product.setCode(code);
            product.setName("范围测试产品 " + code);
            product.setUnit("UNIT");
            product.setListPrice(new BigDecimal(listPrice));
            product.setStockOnHand(new BigDecimal(stock));
            product.setWarrantyMonths(warrantyMonths);
            return products.save(product);
        });
    }
}
