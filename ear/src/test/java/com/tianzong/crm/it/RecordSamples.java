package com.tianzong.crm.it;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.catalog.application.ProductService;
import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.customer.domain.CustomerRecord;
import com.tianzong.crm.customer.domain.Feedback;
import com.tianzong.crm.customer.domain.ServiceRecord;
import com.tianzong.crm.customer.domain.ServiceRequest;
import com.tianzong.crm.customer.domain.StockReport;
import com.tianzong.crm.customer.domain.Warranty;
import com.tianzong.crm.sales.application.CashSaleService;
import com.tianzong.crm.sales.application.CreditNoteService;
import com.tianzong.crm.sales.domain.CashSale;
import com.tianzong.crm.salesforce.application.CommissionRuleService;
import com.tianzong.crm.salesforce.domain.commission.CommissionRecord;
import com.tianzong.crm.sales.application.InvoiceService;
import com.tianzong.crm.sales.application.SalesReturnService;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.SalesReturn;
import com.tianzong.crm.sales.application.SalesOrderService;
import com.tianzong.crm.sales.domain.Receipt;
import com.tianzong.crm.sales.domain.Shipment;
import com.tianzong.crm.sales.application.ShipmentService;
import com.tianzong.crm.sales.domain.Quote;
import com.tianzong.crm.sales.domain.SalesOrder;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.Interaction;
import com.tianzong.crm.customer.domain.VisitCycle;
import com.tianzong.crm.platform.administration.CodeListAdministration;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.security.Owned;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.salesforce.domain.SalesPosition;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import com.tianzong.crm.salesforce.domain.quota.Quota;
import com.tianzong.crm.salesforce.domain.TrainingRecord;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.Assessment;
import com.tianzong.crm.salesforce.domain.assessment.Questionnaire;
import com.tianzong.crm.salesforce.application.QuestionnaireService;
import com.tianzong.crm.salesforce.application.QualitativeIndicatorService;
import com.tianzong.crm.salesforce.application.TrainingItemService;
import java.util.List;
import com.tianzong.crm.salesforce.application.SalesRepService;
import com.tianzong.crm.platform.calendar.WorkCalendarDay;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.query.PageRequest;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import com.tianzong.crm.sales.application.DunningPlanService;
import com.tianzong.crm.sales.domain.DunningPlan;
import com.tianzong.crm.sales.domain.SalesPlan;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * The one registry of sample records, one factory per record type, that the suites iterating
 * over all record types use: the data-scope matrix ({@link AccessControlIT}) and the adversarial
 * isolation suite ({@link TenantIsolationAttackIT}), which fails for a registered record type
 * missing here. A new record type joins both with one line: its name and how to make a valid
 * record whose label appears in its list, view and export.
 */
final class RecordSamples {

    static final Map<String, Function<String, ? extends TenantRecord>> FACTORIES = Map.ofEntries(
            Map.entry("customer", RecordSamples::customer),
            Map.entry("product", RecordSamples::product),
            Map.entry("productCategory", RecordSamples::productCategory),
            Map.entry("trainingItem", RecordSamples::trainingItem),
            Map.entry("commissionRule", RecordSamples::commissionRule),
            Map.entry("salesOrg", RecordSamples::salesOrg),
            Map.entry("position", RecordSamples::position),
            Map.entry("salesRep", RecordSamples::salesRep),
            Map.entry("quota", RecordSamples::quota),
            Map.entry("quantitativeIndicator", RecordSamples::quantitativeIndicator),
            Map.entry("trainingRecord", RecordSamples::trainingRecord),
            Map.entry("qualitativeIndicator", RecordSamples::qualitativeIndicator),
            Map.entry("questionnaire", RecordSamples::questionnaire),
            Map.entry("assessment", RecordSamples::assessment),
            Map.entry("contact", RecordSamples::contact),
            Map.entry("interaction", RecordSamples::interaction),
            Map.entry("visitCycle", RecordSamples::visitCycle),
            Map.entry("serviceRequest", RecordSamples::serviceRequest),
            Map.entry("serviceRecord", RecordSamples::serviceRecord),
            Map.entry("warranty", RecordSamples::warranty),
            Map.entry("feedback", RecordSamples::feedback),
            Map.entry("stockReport", RecordSamples::stockReport),
            Map.entry("workCalendarDay", RecordSamples::workCalendarDay),
            Map.entry("quote", RecordSamples::quote),
            Map.entry("salesOrder", RecordSamples::salesOrder),
            // a shipment note comes from posting an order, an invoice from a shipped order, a return from an
            // issued invoice, a credit note from a received return and a dunning plan from an issued invoice: their
            // sample is that order, see saveSample
            Map.entry("shipment", RecordSamples::salesOrder),
            Map.entry("invoice", RecordSamples::salesOrder),
            Map.entry("salesReturn", RecordSamples::salesOrder),
            Map.entry("creditNote", RecordSamples::salesOrder),
            Map.entry("dunningPlan", RecordSamples::salesOrder),
            Map.entry("receipt", RecordSamples::receipt),
            Map.entry("cashSale", RecordSamples::cashSale),
            Map.entry("commissionRecord", RecordSamples::commissionRecord),
            Map.entry("salesPlan", RecordSamples::salesPlan));

    /**
     * Saves a sample of the type in the current company: through the type's own service, or, for
     * sales organisations, which are kept on the departments page, through the department tree.
     */
    @SuppressWarnings("unchecked")
    static TenantRecord save(RecordType<?> type, String label) {
        TenantRecord sample = create(type.name(), label);
        if (sample instanceof Department department) {
            return bean(Departments.class).create(department.getCode(), department.getName(), null);
        }
        return saveSample(type, sample);
    }

    /**
     * The types whose sample is an order taken along the sales flow to the document of the type, in
     * the flow's order: each type's samples also make records of types before it (a dunning plan's
     * a shipment and an invoice; a credit note's an improvement suggestion too).
     */
    static final List<String> ALONG_THE_SALES_FLOW = List.of("shipment", "invoice", "salesReturn", "creditNote", "dunningPlan");

    /**
     * Saves a sample made by {@link #create} (and maybe {@link #assign}ed): through the type's
     * service, or, for the documents of the sales flow, by taking the order along that flow (post,
     * ship, invoice, issue, return, receive) to the document of the type.
     */
    @SuppressWarnings("unchecked")
    static TenantRecord saveSample(RecordType<?> type, TenantRecord sample) {
        String name = type.name();
        if (name.equals("cashSale")) {
            return bean(CashSaleService.class).checkout((CashSale) sample);
        }
        if (!ALONG_THE_SALES_FLOW.contains(name)) {
            return ((RecordService<TenantRecord>) type.service()).save(sample);
        }
        SalesOrderService orders = bean(SalesOrderService.class);
        SalesOrder order = orders.save((SalesOrder) sample);
        orders.perform(order.getId(), order.getVersion(), SalesOrderService.POST, null);
        ShipmentService shipments = bean(ShipmentService.class);
        Shipment note = shipments.findPage(PageRequest.firstPage(1).withFilter("salesOrder", Long.toString(order.getId()))).rows().get(0);
        if (name.equals("shipment")) {
            return note;
        }
        shipments.perform(note.getId(), note.getVersion(), ShipmentService.SHIP, null);
        SalesOrder shipped = orders.get(order.getId());
        InvoiceService invoices = bean(InvoiceService.class);
        Invoice invoice = invoices.get(orders.perform(shipped.getId(), shipped.getVersion(), SalesOrderService.INVOICE, null).recordId());
        if (name.equals("invoice")) {
            return invoice;
        }
        invoices.perform(invoice.getId(), invoice.getVersion(), InvoiceService.ISSUE, null);
        Invoice issued = invoices.get(invoice.getId());
        if (name.equals("dunningPlan")) {
            DunningPlanService plans = bean(DunningPlanService.class);
            DunningPlan plan = plans.get(invoices.perform(issued.getId(), issued.getVersion(), InvoiceService.DUNNING, null).recordId());
            plan.setNote(((SalesOrder) sample).getNote().replace("订单", "催款"));
            return plans.save(plan);
        }
        SalesReturnService returns = bean(SalesReturnService.class);
        SalesReturn salesReturn = returns.get(invoices.perform(issued.getId(), issued.getVersion(), InvoiceService.RETURN, null).recordId());
        salesReturn.setReason(((SalesOrder) sample).getNote().replace("订单", "退货"));
        salesReturn = returns.save(salesReturn);
        if (name.equals("salesReturn")) {
            return salesReturn;
        }
        returns.perform(salesReturn.getId(), salesReturn.getVersion(), SalesReturnService.POST, null);
        return bean(CreditNoteService.class).findPage(PageRequest.firstPage(1)
                .withFilter("salesReturn", Long.toString(salesReturn.getId()))).rows().get(0);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SAMPLE_DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /** Sample plans take a year each, from 2041 on, so no two of a department share one. */
    private static final java.util.concurrent.atomic.AtomicInteger PLAN_YEARS = new java.util.concurrent.atomic.AtomicInteger();

    /** Stock reports go back a month each, so they never reach a month still to come. */
    private static final java.util.concurrent.atomic.AtomicInteger STOCK_MONTHS = new java.util.concurrent.atomic.AtomicInteger();

    private RecordSamples() {
    }

    /** A valid, unsaved record of the type, with the label in its code and its shown name. */
    static TenantRecord create(String recordType, String label) {
        Function<String, ? extends TenantRecord> factory = FACTORIES.get(recordType);
        if (factory == null) {
            throw new IllegalArgumentException("no sample factory for record type " + recordType);
        }
        return factory.apply(label);
    }

    static Owned createOwned(String recordType, String label) {
        return (Owned) create(recordType, label);
    }

    /**
     * Hands a sample to a member of staff: a quota becomes that person's own quota (their rep
     * file is found, or made), other records are simply assigned.
     */
    static void assign(Owned record, UserAccount owner) {
        if (record instanceof Quota || record instanceof TrainingRecord || record instanceof Assessment
                || record instanceof CommissionRecord || record instanceof SalesPlan) {
            SalesRepService reps = bean(SalesRepService.class);
            SalesRep file = reps.findPage(PageRequest.firstPage(1).withFilter("owner", Long.toString(owner.getId()))).rows().stream()
                    .findFirst().orElseGet(() -> {
                        SalesRep rep = salesRep("F" + owner.getId() + "_" + SAMPLE_DAYS.incrementAndGet());
                        rep.assignTo(owner, owner.getDepartment());
                        return reps.save(rep);
                    });
            if (record instanceof Quota quota) {
                quota.setRep(file);
            } else if (record instanceof Assessment assessment) {
                assessment.setRep(file);
            } else if (record instanceof CommissionRecord commission) {
                commission.setRep(file);
            } else if (record instanceof SalesPlan plan) {
                plan.setRep(file);
            } else {
                ((TrainingRecord) record).setRep(file);
            }
        } else if (record instanceof CustomerRecord customerRecord) {
            CustomerService customers = bean(CustomerService.class);
            Customer customer = customers.findPage(PageRequest.firstPage(1).withFilter("owner", Long.toString(owner.getId()))).rows().stream()
                    .findFirst().orElseGet(() -> {
                        Customer made = customer("C" + owner.getId() + "_" + SAMPLE_DAYS.incrementAndGet());
                        made.assignTo(owner, null);
                        return customers.save(made);
                    });
            customerRecord.setCustomer(customer);
            if (record instanceof CashSale) {
                // a cash sale is its cashier's, whoever the customer's rep is
                record.assignTo(owner, null);
            }
        } else {
            record.assignTo(owner, null);
        }
    }

    /** A contact at the company's first customer (one is made if none exists). */
    private static Contact contact(String label) {
        Contact contact = new Contact();
        contact.setCustomer(firstCustomer());
        contact.setName("范围测试联系人 " + label);
        contact.setContactRole("PURCHASER");
        contact.setMobile("13800138000");
        return contact;
    }

    /** A visit to the company's first customer (one is made if none exists). */
    private static Interaction interaction(String label) {
        Interaction interaction = new Interaction();
        interaction.setCustomer(firstCustomer());
        interaction.setKind(Interaction.VISIT);
        interaction.setInteractionDate(LocalDate.of(2025, 5, 20));
        interaction.setContent("范围测试联系记录 " + label);
        return interaction;
    }

    /**
     * A visit cycle needs a grade of its own: one is added to the company's grade list, named after
     * the label (its code is not, so a form's posted grade stays a valid choice whatever is typed).
     */
    private static VisitCycle visitCycle(String label) {
        String grade = "SAMPLE_" + SAMPLE_DAYS.incrementAndGet();
        bean(CodeListAdministration.class).add("CUSTOMER_GRADE", grade, "范围测试等级 " + label, "範圍測試等級 " + label,
                "Sample grade " + label, 900 + SAMPLE_DAYS.get());
        VisitCycle cycle = new VisitCycle();
        cycle.setGrade(grade);
        cycle.setCycleDays(45);
        cycle.setNote("范围测试周期 " + label);
        return cycle;
    }

    private static ServiceRequest serviceRequest(String label) {
        ServiceRequest request = new ServiceRequest();
        request.setCustomer(firstCustomer());
        request.setSubject("范围测试服务请求 " + label);
        request.setChannel("PHONE");
        request.setPriority("NORMAL");
        request.setStatus("OPEN");
        request.setRequestDate(LocalDate.of(2025, 6, 3));
        return request;
    }

    private static ServiceRecord serviceRecord(String label) {
        ServiceRecord service = new ServiceRecord();
        service.setCustomer(firstCustomer());
        service.setKind("MAINTENANCE");
        service.setServiceDate(LocalDate.of(2025, 6, 4));
        service.setContent("范围测试服务记录 " + label);
        return service;
    }

    /** A warranty on the company's first product (one is made if none exists). */
    private static Warranty warranty(String label) {
        Warranty warranty = new Warranty();
        warranty.setCustomer(firstCustomer());
        warranty.setProduct(firstProduct());
        warranty.setSerialNo("SN-" + label);
        warranty.setStartDate(LocalDate.of(2025, 6, 5));
        warranty.setMonths(12);
        warranty.setNote("范围测试保修 " + label);
        return warranty;
    }

    /** A stock report of the first product, for a month of its own (a customer reports a product once a month). */
    private static StockReport stockReport(String label) {
        StockReport report = new StockReport();
        report.setCustomer(firstCustomer());
        report.setProduct(firstProduct());
        report.setPeriodStart(LocalDate.of(2025, 12, 1).minusMonths(STOCK_MONTHS.incrementAndGet()));
        report.setOpeningQty(new BigDecimal("20"));
        report.setReceivedQty(new BigDecimal("10"));
        report.setSoldQty(new BigDecimal("12"));
        report.setClosingQty(new BigDecimal("18"));
        report.setNote("范围测试进销存 " + label);
        return report;
    }

    /** A quote of the first product to the first customer. */
    private static Quote quote(String label) {
        Quote quote = new Quote();
        quote.setCustomer(firstCustomer());
        quote.setSubject("范围测试报价 " + label);
        quote.setDocumentDate(LocalDate.of(2025, 6, 7));
        quote.setValidUntil(LocalDate.of(2025, 7, 7));
        // at 1.00 a unit, so that sample orders post within any credit limit
        quote.addLine(orderProduct(), new BigDecimal("2")).setUnitPrice(BigDecimal.ONE);
        return quote;
    }

    /** A draft order of the first product at 1.00 to the first customer, its label as the customer's own order number. */
    private static SalesOrder salesOrder(String label) {
        SalesOrder order = new SalesOrder();
        order.setCustomer(firstCustomer());
        order.setCustomerRef("PO-" + label);
        order.setDocumentDate(LocalDate.of(2025, 6, 8));
        order.setNote("范围测试订单 " + label);
        order.addLine(orderProduct(), new BigDecimal("3")).setUnitPrice(BigDecimal.ONE);
        return order;
    }

    /** A cash sale of two of the first product to the first customer, paid by transfer, its label in the note. */
    private static CashSale cashSale(String label) {
        CashSale sale = new CashSale();
        sale.setCustomer(firstCustomer());
        sale.setDocumentDate(LocalDate.of(2025, 6, 10));
        sale.setNote("范围测试零售 " + label);
        sale.addLine(orderProduct(), new BigDecimal("2")).setUnitPrice(BigDecimal.ONE);
        sale.setPaymentMethod("TRANSFER");
        return sale;
    }

    /** A receipt of 100.00 from the first customer, its label in the note. */
    private static Receipt receipt(String label) {
        Receipt receipt = new Receipt();
        receipt.setCustomer(firstCustomer());
        receipt.setReceiptDate(LocalDate.of(2025, 6, 9));
        receipt.setMethod("TRANSFER");
        receipt.setAmount(new BigDecimal("100.00"));
        receipt.setNote("范围测试收款 " + label);
        return receipt;
    }

    /** The first product, with plenty in stock so that sample orders post (its stock is raised if need be). */
    private static Product orderProduct() {
        Product product = firstProduct();
        if (product.getStockOnHand().compareTo(new BigDecimal("1000")) < 0) {
            product.setStockOnHand(new BigDecimal("1000000"));
            product = bean(ProductService.class).save(product);
        }
        return product;
    }

    private static Product firstProduct() {
        ProductService products = bean(ProductService.class);
        return products.findPage(PageRequest.firstPage(1).sortedBy("code", true)).rows().stream().findFirst()
                .orElseGet(() -> products.save(product("WP" + SAMPLE_DAYS.incrementAndGet())));
    }

    private static Feedback feedback(String label) {
        Feedback feedback = new Feedback();
        feedback.setCustomer(firstCustomer());
        feedback.setKind("COMPLAINT");
        feedback.setSubject("范围测试投诉 " + label);
        feedback.setContent("交货延迟两天。");
        feedback.setPriority("HIGH");
        feedback.setStatus("OPEN");
        feedback.setReceivedDate(LocalDate.of(2025, 6, 6));
        return feedback;
    }

    private static Customer firstCustomer() {
        CustomerService customers = bean(CustomerService.class);
        return customers.findPage(PageRequest.firstPage(1).sortedBy("code", true)).rows().stream().findFirst()
                .orElseGet(() -> customers.save(customer("FIRST" + SAMPLE_DAYS.incrementAndGet())));
    }

    private static Department salesOrg(String label) {
        return new Department(label, "范围测试组织 " + label, null);
    }

    private static SalesPosition position(String label) {
        SalesPosition position = new SalesPosition();
        position.setCode(label);
        position.setName("范围测试职务 " + label);
        position.setGrade("G2");
        position.setDuties("拜访客户，完成销售目标。");
        return position;
    }

    /** A rep file needs a user account of its own: one is added, in the company's first open department. */
    private static SalesRep salesRep(String label) {
        Department department = bean(Departments.class).findActive().get(0);
        SalesRep rep = new SalesRep();
        rep.setEmployeeNo(label);
        rep.setName("范围测试业务员 " + label);
        rep.setHireDate(LocalDate.of(2024, 3, 1));
        rep.setStatus("ACTIVE");
        rep.assignTo(bean(UserAccounts.class).create("sample_" + label.toLowerCase(Locale.ROOT), "业务员 " + label, department,
                Set.of("SALES_REP")), department);
        return rep;
    }

    /** Each quota sample covers a day of its own, so samples never overlap. */
    /** A department's plan of a year still to come (one a year each), its label in the note. */
    private static SalesPlan salesPlan(String label) {
        SalesPlan plan = new SalesPlan();
        plan.setPlanYear(2040 + PLAN_YEARS.incrementAndGet());
        plan.setDepartment(bean(Departments.class).findActive().get(0));
        plan.spreadEvenly(new BigDecimal("120000.00"));
        plan.setNote("范围测试计划 " + label);
        return plan;
    }

    private static Quota quota(String label) {
        Quota quota = new Quota();
        quota.setKind(Quota.EXPENSE);
        quota.setDepartment(bean(Departments.class).findActive().get(0));
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(SAMPLE_DAYS.incrementAndGet());
        quota.setPeriodStart(day);
        quota.setPeriodEnd(day);
        quota.setLimitAmount(new BigDecimal("8000.00"));
        quota.setNote("范围测试定额 " + label);
        return quota;
    }

    private static QuantitativeIndicator quantitativeIndicator(String label) {
        QuantitativeIndicator indicator = new QuantitativeIndicator();
        indicator.setCode(label);
        indicator.setNameZhCn("范围测试指标 " + label);
        indicator.setDefinition("考核期内新开发的客户数");
        indicator.setExpression("NEW_CUSTOMERS");
        indicator.setUnit("家");
        return indicator;
    }

    private static Questionnaire questionnaire(String label) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setCode(label);
        questionnaire.setName("范围测试问卷 " + label);
        questionnaire.setPeriodType("MONTH");
        return questionnaire;
    }

    /**
     * An assessment of the company's first rep, for a month of its own, with the company's first
     * questionnaire (questionnaires are registered before assessments, so their samples exist; one
     * is made only if none does), given one qualitative line at 100 % if it has no lines yet.
     */
    private static Assessment assessment(String label) {
        QuestionnaireService questionnaires = bean(QuestionnaireService.class);
        Questionnaire sheet = questionnaires.findPage(PageRequest.firstPage(1).sortedBy("code", true)).rows().stream().findFirst()
                .orElseGet(() -> questionnaires.save(questionnaire("SAMPLE_SHEET")));
        if (sheet.getItems().isEmpty()) {
            long responsibility = bean(QualitativeIndicatorService.class).findByKeys(List.of("Q_ATT_01")).get("Q_ATT_01").getId();
            sheet = questionnaires.replaceItems(sheet.getId(), sheet.getVersion(),
                    List.of(new QuestionnaireService.ItemInput(true, responsibility, new BigDecimal("100"), null)));
        }
        Assessment assessment = new Assessment();
        assessment.setRep(firstRep());
        assessment.setQuestionnaire(sheet);
        assessment.setPeriodStart(LocalDate.of(2030, 1, 1).plusMonths(SAMPLE_DAYS.incrementAndGet()));
        assessment.setComment("范围测试考核 " + label);
        return assessment;
    }

    /** A commission record of the first rep under a rule of its own (2 % of sales, the label in its name), for a month of its own. */
    private static CommissionRecord commissionRecord(String label) {
        CommissionRuleService rules = bean(CommissionRuleService.class);
        CommissionRuleRecord made = rules.save(commissionRule("CRS" + label));
        CommissionRuleRecord banded = rules.replaceTiers(made.getId(), made.getVersion(),
                List.of(com.tianzong.crm.salesforce.domain.commission.CommissionTier.of("0", null, "0.02")));
        banded.setActive(true);
        CommissionRuleRecord rule = rules.save(banded);
        CommissionRecord record = new CommissionRecord();
        record.setRep(firstRep());
        record.setRule(rule);
        record.setPeriodStart(LocalDate.of(2031, 1, 1).plusMonths(SAMPLE_DAYS.incrementAndGet()));
        record.setNote("范围测试提成记录 " + label);
        return record;
    }

    private static SalesRep firstRep() {
        SalesRepService reps = bean(SalesRepService.class);
        return reps.findPage(PageRequest.firstPage(1).sortedBy("employeeNo", true)).rows().stream().findFirst()
                .orElseGet(() -> reps.save(salesRep("T" + SAMPLE_DAYS.incrementAndGet())));
    }

    private static QualitativeIndicator qualitativeIndicator(String label) {
        QualitativeIndicator indicator = new QualitativeIndicator();
        indicator.setCode(label);
        indicator.setNameZhCn("范围测试定性指标 " + label);
        indicator.setCategory(bean(QualitativeIndicatorService.class).categories().get(0));
        indicator.setDescription("客户拜访前的准备是否充分");
        indicator.setMaxScore(new BigDecimal("10.0"));
        return indicator;
    }

    /**
     * A training record on a preset training item, of the company's first rep (rep files are
     * registered before training records, so their samples exist; one is made only if none does).
     */
    private static TrainingRecord trainingRecord(String label) {
        SalesRep rep = firstRep();
        TrainingRecord record = new TrainingRecord();
        record.setRep(rep);
        record.setTrainingItem(bean(TrainingItemService.class).findByKeys(List.of("TR_ONBOARDING")).get("TR_ONBOARDING"));
        record.setTrainingDate(LocalDate.of(2025, 5, 20));
        record.setResult("ATTENDED");
        record.setNote("范围测试培训记录 " + label);
        return record;
    }

    private static <B> B bean(Class<B> type) {
        return CDI.current().select(type).get();
    }

    private static Product product(String label) {
        Product product = new Product();
        product.setCode(label);
        product.setName("范围测试产品 " + label);
        product.setUnit("UNIT");
        product.setListPrice(new BigDecimal("1280.00"));
        product.setCost(new BigDecimal("960.00"));
        return product;
    }

    private static ProductCategory productCategory(String label) {
        ProductCategory category = new ProductCategory();
        category.setCode(label);
        category.setName("范围测试分类 " + label);
        return category;
    }

    private static TrainingItem trainingItem(String label) {
        TrainingItem item = new TrainingItem();
        item.setCode(label);
        item.setNameZhCn("范围测试培训 " + label);
        item.setCategory("SKILL");
        item.setHours(new BigDecimal("3.5"));
        return item;
    }

    private static CommissionRuleRecord commissionRule(String label) {
        CommissionRuleRecord rule = new CommissionRuleRecord();
        rule.setCode(label);
        rule.setNameZhCn("范围测试提成 " + label);
        return rule;
    }

    private static Customer customer(String label) {
        Customer customer = new Customer();
        customer.setCode(label);
        customer.setName("范围测试客户 " + label);
        customer.setCustomerType("ENTERPRISE");
        customer.setCreditLimit(new BigDecimal("10000.00"));
        return customer;
    }

    /** A day off of the working calendar, each sample on a day of its own. */
    private static WorkCalendarDay workCalendarDay(String label) {
        WorkCalendarDay day = new WorkCalendarDay();
        day.setDay(java.time.LocalDate.of(2030, 1, 1).plusDays(SAMPLE_DAYS.incrementAndGet()));
        day.setKind(WorkCalendarDay.HOLIDAY);
        day.setName("范围测试日历 " + label);
        return day;
    }
}
