package com.tianzong.crm.it;

import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.catalog.application.ProductService;
import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.customer.application.ContactService;
import com.tianzong.crm.customer.application.FeedbackService;
import com.tianzong.crm.customer.application.ServiceRecordService;
import com.tianzong.crm.customer.application.ServiceRequestService;
import com.tianzong.crm.customer.application.StockReportService;
import com.tianzong.crm.customer.application.WarrantyService;
import com.tianzong.crm.customer.domain.Feedback;
import com.tianzong.crm.customer.domain.ServiceRecord;
import com.tianzong.crm.customer.domain.ServiceRequest;
import com.tianzong.crm.customer.domain.StockReport;
import com.tianzong.crm.customer.domain.Warranty;
import com.tianzong.crm.customer.application.CustomerMetrics;
import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.application.InteractionService;
import com.tianzong.crm.customer.application.VisitCycleService;
import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.Interaction;
import com.tianzong.crm.customer.domain.VisitCycle;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.assessment.MetricSource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CUS-01..03: contacts and interactions belong to their customer's rep and follow the customer;
 * a customer's last interaction, last visit and next visit due are computed from its visits and
 * visit cycle (its own, else its grade's); the due-visit list per rep and manager; the refusals;
 * duplicates and merging (CUS-01); service requests, services, warranties and complaints (CUS-04..07);
 * stock reports and the sell-through trend (CUS-08).
 */
@ExtendWith(ArquillianExtension.class)
class CustomerActivityIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    CustomerService customers;

    @EJB
    ContactService contacts;

    @EJB
    InteractionService interactions;

    @EJB
    VisitCycleService cycles;

    @EJB(beanName = "CustomerMetrics")
    MetricSource metrics;

    @EJB
    CompanyProfiles profiles;

    @EJB
    UserAccounts users;

    @EJB
    AuditTrail audit;

    @EJB
    ServiceRequestService serviceRequests;

    @EJB
    ServiceRecordService serviceRecords;

    @EJB
    WarrantyService warranties;

    @EJB
    FeedbackService feedbacks;

    @EJB
    ProductService products;

    @EJB
    StockReportService stockReports;

    private TestCompany company;
    private LocalDate today;

    @BeforeEach
    void organisation() {
        company = TestCompany.withSalesTeam(provisioning, "it_visit");
        today = company.system(profiles::today);
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void CUS02_contactsBelongToTheCustomersRepFollowItAndOnlyOneIsPrimary() {
        Customer customer = company.as("zhangwei", () -> customers.save(customer("HX001", "上海华信电子有限公司", "B")));
        Contact wang = company.as("zhangwei", () -> contacts.save(contact(customer, "王经理", true)));
        Contact chen = company.as("zhangwei", () -> contacts.save(contact(customer, "陈工", true)));
        assertThat(wang.getOwner().getUsername()).as("the customer's rep").isEqualTo("zhangwei");
        assertThat(wang.getDepartment().getName()).isEqualTo("华东销售部");
        assertThat(company.as("zhangwei", () -> contacts.get(wang.getId())).isPrimaryContact())
                .as("naming another primary takes it from the first").isFalse();
        assertThat(company.as("zhangwei", () -> contacts.get(chen.getId())).isPrimaryContact()).isTrue();
        company.as("zhangwei", () -> interactions.save(interaction(customer, Interaction.VISIT, today.minusDays(3), chen)));

        Customer handedOver = company.as("eastmanager", () -> customers.get(customer.getId()));
        handedOver.assignTo(company.system(() -> users.findByUsername("wangfang").orElseThrow()), null);
        company.as("eastmanager", () -> customers.save(handedOver));

        assertThat(company.as("zhangwei", () -> contacts.count(PageRequest.firstPage(10)))).as("the old rep").isZero();
        assertThat(company.as("zhangwei", () -> interactions.count(PageRequest.firstPage(10)))).isZero();
        assertThat(company.as("wangfang", () -> contacts.count(PageRequest.firstPage(10)))).as("the new rep").isEqualTo(2);
        assertThat(company.as("wangfang", () -> interactions.findPage(PageRequest.firstPage(10)).rows()))
                .singleElement().satisfies(visit -> {
                    assertThat(visit.getDepartment().getName()).isEqualTo("华南销售部");
                    assertThat(visit.getPerformedBy().getUsername()).as("who made the visit stays").isEqualTo("zhangwei");
                });
        assertThat(company.as("wangfang", () -> customers.related(customer.getId(), "contacts"))).hasSize(2);
    }

    @Test
    void CUS03_visitsKeepTheCustomersDynamicDataAndNextVisitDueWithoutEditingIt() {
        Customer customer = company.as("zhangwei", () -> customers.save(customer("HX002", "广州天河贸易有限公司", "B")));
        assertThat(customer.getNextVisitDue()).as("grade B: every 14 days from being taken on").isEqualTo(today.plusDays(14));
        Customer openInAForm = company.as("zhangwei", () -> customers.get(customer.getId()));

        LocalDate visitDay = today.minusDays(20);
        Interaction visit = company.as("zhangwei", () -> interactions.save(interaction(customer, Interaction.VISIT, visitDay, null)));
        Customer afterVisit = company.as("zhangwei", () -> customers.get(customer.getId()));
        assertThat(afterVisit.getLastVisitDate()).isEqualTo(visitDay);
        assertThat(afterVisit.getLastInteractionDate()).isEqualTo(visitDay);
        assertThat(afterVisit.getNextVisitDue()).as("overdue: 14 days after the visit").isEqualTo(visitDay.plusDays(14));

        company.as("zhangwei", () -> interactions.save(interaction(customer, "PHONE_CALL", today.minusDays(2), null)));
        Customer afterCall = company.as("zhangwei", () -> customers.get(customer.getId()));
        assertThat(afterCall.getLastInteractionDate()).isEqualTo(today.minusDays(2));
        assertThat(afterCall.getNextVisitDue()).as("a call is not a visit").isEqualTo(visitDay.plusDays(14));
        assertThat(afterCall.getVersion()).as("logging is not an edit of the customer").isEqualTo(openInAForm.getVersion());

        openInAForm.setShortName("天河贸易");
        Customer edited = company.as("zhangwei", () -> customers.save(openInAForm));
        assertThat(edited.getLastVisitDate()).as("the form's stale copy does not undo the visit").isEqualTo(visitDay);
        assertThat(edited.getNextVisitDue()).isEqualTo(visitDay.plusDays(14));

        Customer ownCycle = company.as("zhangwei", () -> customers.get(customer.getId()));
        ownCycle.setVisitCycleDays(30);
        assertThat(company.as("zhangwei", () -> customers.save(ownCycle)).getNextVisitDue())
                .as("the customer's own cycle wins over its grade's").isEqualTo(visitDay.plusDays(30));

        Interaction stored = company.as("eastmanager", () -> interactions.get(visit.getId()));
        company.as("eastmanager", () -> interactions.delete(stored.getId(), stored.getVersion()));
        Customer afterDelete = company.as("zhangwei", () -> customers.get(customer.getId()));
        assertThat(afterDelete.getLastVisitDate()).as("no visit left").isNull();
        assertThat(afterDelete.getLastInteractionDate()).isEqualTo(today.minusDays(2));
        assertThat(afterDelete.getNextVisitDue()).isEqualTo(today.plusDays(30));
    }

    @Test
    void CUS03_changingAGradesCycleReschedulesItsCustomersAtOnce() {
        Customer byGrade = company.as("zhangwei", () -> customers.save(customer("HX003", "杭州西湖科技有限公司", "A")));
        Customer ownCycle = customer("HX004", "苏州恒达机械有限公司", "A");
        ownCycle.setVisitCycleDays(60);
        Customer saved = company.as("zhangwei", () -> customers.save(ownCycle));
        LocalDate visitDay = today.minusDays(5);
        company.as("zhangwei", () -> interactions.save(interaction(byGrade, Interaction.VISIT, visitDay, null)));
        assertThat(company.as("zhangwei", () -> customers.get(byGrade.getId())).getNextVisitDue()).isEqualTo(visitDay.plusDays(7));

        VisitCycle gradeA = company.as("director", () -> cycles.findByKeys(List.of("A")).get("A"));
        gradeA.setCycleDays(10);
        company.as("director", () -> cycles.save(gradeA));

        assertThat(company.as("zhangwei", () -> customers.get(byGrade.getId())).getNextVisitDue()).isEqualTo(visitDay.plusDays(10));
        assertThat(company.as("zhangwei", () -> customers.get(saved.getId())).getNextVisitDue())
                .as("a customer with its own cycle keeps it").isEqualTo(today.plusDays(60));
        assertRefused(() -> company.as("director", () -> cycles.save(cycle("A", 5))), "visitCycle.grade.taken");
    }

    @Test
    void CUS03_dueAndOverdueVisitsPerRepAndPerManager() {
        Customer zhangOverdue = company.as("zhangwei", () -> customers.save(customer("D001", "北京中关村电子", "A")));
        company.as("zhangwei", () -> interactions.save(interaction(zhangOverdue, Interaction.VISIT, today.minusDays(9), null)));
        Customer zhangLater = company.as("zhangwei", () -> customers.save(customer("D002", "北京海淀软件", "C")));
        Customer liOverdue = company.as("liqiang", () -> customers.save(customer("D003", "上海浦东物流", "A")));
        company.as("liqiang", () -> interactions.save(interaction(liOverdue, Interaction.VISIT, today.minusDays(30), null)));
        Customer wangOverdue = company.as("wangfang", () -> customers.save(customer("D004", "深圳南山电子", "A")));
        company.as("wangfang", () -> interactions.save(interaction(wangOverdue, Interaction.VISIT, today.minusDays(8), null)));

        PageRequest overdue = PageRequest.firstPage(50).withFilter("nextVisitDue", ".." + today.minusDays(1)).sortedBy("nextVisitDue", true);
        assertThat(company.as("zhangwei", () -> customers.findPage(overdue).rows())).extracting(Customer::getCode).containsExactly("D001");
        assertThat(company.as("eastmanager", () -> customers.findPage(overdue).rows()))
                .as("the manager's departments, most overdue first").extracting(Customer::getCode).containsExactly("D003", "D001");
        assertThat(company.as("director", () -> customers.findPage(overdue).rows())).extracting(Customer::getCode)
                .containsExactly("D003", "D001", "D004");
        PageRequest month = PageRequest.firstPage(50).withFilter("nextVisitDue", today + ".." + today.plusDays(30));
        assertThat(company.as("zhangwei", () -> customers.findPage(month).rows()))
                .as("grade C: due 30 days after being taken on").extracting(Customer::getCode).containsExactly("D002");
        assertThat(zhangLater.getNextVisitDue()).isEqualTo(today.plusDays(30));
    }

    @Test
    void CUS03_visitsCountForTheRepWhoMadeThemInTheVisitMetric() {
        Customer customer = company.as("zhangwei", () -> customers.save(customer("M001", "南京江宁电器", "B")));
        company.as("zhangwei", () -> interactions.save(interaction(customer, Interaction.VISIT, today.minusDays(3), null)));
        company.as("zhangwei", () -> interactions.save(interaction(customer, Interaction.VISIT, today.minusDays(1), null)));
        Interaction withCost = interaction(customer, "BUSINESS_DINNER", today.minusDays(1), null);
        withCost.setCost(new BigDecimal("860.50"));
        company.as("zhangwei", () -> interactions.save(withCost));
        company.as("eastmanager", () -> interactions.save(interaction(customer, Interaction.VISIT, today.minusDays(2), null)));

        SalesRep zhang = new SalesRep();
        zhang.assignTo(company.system(() -> users.findByUsername("zhangwei").orElseThrow()), null);
        LocalDate from = today.minusDays(10);
        assertThat(company.system(() -> metrics.value(CustomerMetrics.VISITS, zhang, from, today))).isEqualByComparingTo("2");
        assertThat(company.system(() -> metrics.value(CustomerMetrics.INTERACTIONS, zhang, from, today))).isEqualByComparingTo("3");
        assertThat(company.system(() -> metrics.value(CustomerMetrics.INTERACTION_COST, zhang, from, today))).isEqualTo(new BigDecimal("860.50"));
        assertThat(company.system(() -> metrics.value(CustomerMetrics.VISITS, zhang, today.minusDays(1), today))).isEqualByComparingTo("1");
    }

    @Test
    void CUS03_contactsAndInteractionsOnlyOnCustomersInScopeAndWithTheirOwnContacts() {
        Customer zhangs = company.as("zhangwei", () -> customers.save(customer("R001", "成都高新电子", "B")));
        Customer wangs = company.as("wangfang", () -> customers.save(customer("R002", "重庆渝中商贸", "B")));
        Contact wangsContact = company.as("wangfang", () -> contacts.save(contact(wangs, "刘总", false)));

        assertRefused(() -> company.as("zhangwei", () -> contacts.save(contact(wangs, "冒名", false))), "record.referenceNotVisible");
        assertRefused(() -> company.as("zhangwei", () -> interactions.save(interaction(wangs, Interaction.VISIT, today, null))),
                "record.referenceNotVisible");
        assertRefused(() -> company.as("director", () -> interactions.save(interaction(zhangs, Interaction.VISIT, today, wangsContact))),
                "record.otherCustomers");

        Interaction visit = company.as("wangfang", () -> interactions.save(interaction(wangs, Interaction.VISIT, today, wangsContact)));
        Interaction moved = company.as("director", () -> interactions.get(visit.getId()));
        moved.setCustomer(zhangs);
        moved.setContact(null);
        assertRefused(() -> company.as("director", () -> interactions.save(moved)), "interaction.customerFixed");
        assertRefused(() -> company.as("director", () -> customers.delete(wangs.getId(), customers.get(wangs.getId()).getVersion())),
                "customer.hasActivity");
        Contact named = company.as("director", () -> contacts.get(wangsContact.getId()));
        assertRefused(() -> company.as("director", () -> contacts.delete(named.getId(), named.getVersion())), "contact.hasInteractions");

        Customer stale = company.as("wangfang", () -> customers.get(wangs.getId()));
        Customer renamed = company.as("wangfang", () -> customers.get(wangs.getId()));
        renamed.setShortName("渝中商贸");
        company.as("wangfang", () -> customers.save(renamed));
        stale.setPhone("023-63800000");
        assertThatThrownBy(() -> company.as("wangfang", () -> customers.save(stale)))
                .as("an edit over another edit is still refused").isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void CUS01_aCompanyIsFiledOnceWhoeverLooksAfterItByTaxIdOrNameAndASamePhoneIsPointedOut() {
        Customer first = customer("GZ001", "广州华信电子有限公司", "B");
        first.setTaxId("91440101MA59XK3L2E");
        first.setPhone("020-38881234");
        company.as("zhangwei", () -> customers.save(first));

        Customer traditional = customer("GZ002", "廣州華信電子有限責任公司", "B");
        assertThatThrownBy(() -> company.as("wangfang", () -> customers.save(traditional)))
                .as("the same company in Traditional script with another legal form, by a rep who cannot see the first")
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("customer.duplicate.NAME");
                    assertThat(e.getArguments()).containsExactly("GZ001", "广州华信电子有限公司", "张伟");
                });
        Customer sameTaxId = customer("GZ003", "广州华信科技", "B");
        sameTaxId.setTaxId("91440101ma59xk3l2e");
        assertRefused(() -> company.as("wangfang", () -> customers.save(sameTaxId)), "customer.duplicate.TAX_ID");

        Customer samePhone = customer("GZ004", "广州恒通贸易有限公司", "C");
        samePhone.setPhone("+86 20 3888 1234");
        assertThat(company.as("wangfang", () -> customers.possibleDuplicates(samePhone)))
                .extracting(CustomerService.Duplicate::likeness, CustomerService.Duplicate::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CustomerService.Likeness.PHONE, "GZ001"));
        Customer saved = company.as("wangfang", () -> customers.save(samePhone));
        assertThat(saved.getId()).as("a shared phone is pointed out, not refused").isNotNull();

        Customer edited = company.as("zhangwei", () -> customers.findByKeys(List.of("GZ001")).get("GZ001"));
        edited.setAddress("广州市天河区天河路385号");
        assertThat(company.as("zhangwei", () -> customers.save(edited)).getAddress()).as("an edit that keeps name and tax id is not checked")
                .isEqualTo("广州市天河区天河路385号");
        assertThat(company.as("director", () -> customers.count(PageRequest.firstPage(10)))).isEqualTo(2);
    }

    @Test
    void CUS01_mergingMovesEveryContactAndInteractionFillsEmptyFieldsAndIsAudited() {
        Customer kept = company.as("zhangwei", () -> customers.save(customer("TJ001", "天津滨海重工有限公司", "A")));
        company.as("zhangwei", () -> contacts.save(contact(kept, "赵主任", true)));
        company.as("zhangwei", () -> interactions.save(interaction(kept, Interaction.VISIT, today.minusDays(30), null)));
        Customer duplicate = customer("TJ009", "天津滨海重工设备", "A");
        duplicate.setPhone("022-25861234");
        duplicate.setTaxId("91120116MA05K1RN3X");
        Customer other = company.as("wangfang", () -> customers.save(duplicate));
        Contact otherContact = company.as("wangfang", () -> contacts.save(contact(other, "孙经理", true)));
        company.as("wangfang", () -> interactions.save(interaction(other, Interaction.VISIT, today.minusDays(2), otherContact)));
        company.as("wangfang", () -> interactions.save(interaction(other, "PHONE_CALL", today.minusDays(1), otherContact)));

        assertThatThrownBy(() -> company.as("zhangwei", () -> customers.planMerge(kept.getId(), other.getId())))
                .as("a rep may not delete customers, so may not merge them").isInstanceOf(PermissionDeniedException.class);
        CustomerService.MergePlan plan = company.as("director", () -> customers.planMerge(kept.getId(), other.getId()));
        assertThat(plan.contacts()).isEqualTo(1);
        assertThat(plan.interactions()).isEqualTo(2);
        assertThat(plan.filledFields()).containsExactlyInAnyOrder("phone", "taxId");
        Customer current = company.as("director", () -> customers.get(kept.getId()));
        assertThatThrownBy(() -> company.as("director", () -> customers.merge(kept.getId(), current.getVersion() - 1, other.getId(),
                other.getVersion()))).as("a file changed since it was shown").isInstanceOf(ConcurrentChangeException.class);

        Customer merged = company.as("director", () -> customers.merge(kept.getId(), current.getVersion(), other.getId(), other.getVersion()));

        assertThat(merged.getPhone()).isEqualTo("022-25861234");
        assertThat(merged.getTaxId()).isEqualTo("91120116MA05K1RN3X");
        assertThat(merged.getLastVisitDate()).isEqualTo(today.minusDays(2));
        assertThat(merged.getLastInteractionDate()).isEqualTo(today.minusDays(1));
        assertThat(company.as("director", () -> customers.find(other.getId()))).as("the duplicate is gone").isEmpty();
        assertThat(company.as("zhangwei", () -> customers.related(kept.getId(), "contacts"))).hasSize(2)
                .extracting(row -> ((Contact) row).isPrimaryContact()).containsExactlyInAnyOrder(true, false);
        assertThat(company.as("zhangwei", () -> interactions.count(PageRequest.firstPage(10))))
                .as("every interaction now lies with the kept file's rep").isEqualTo(3);
        assertThat(company.as("wangfang", () -> interactions.count(PageRequest.firstPage(10)))).isZero();
        assertThat(company.system(() -> audit.history("customer", kept.getId())))
                .filteredOn(entry -> "mergedFrom".equals(entry.getField()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getActor()).isEqualTo("director");
                    assertThat(entry.getNewValue()).contains("TJ009").contains("天津滨海重工设备").contains("1 / 2 / 0");
                });
        assertThat(company.system(() -> audit.history("customer", other.getId())))
                .extracting(AuditEntry::getAction).contains(AuditEntry.Action.DELETE);
        assertRefused(() -> company.as("director", () -> customers.planMerge(kept.getId(), kept.getId())), "customer.merge.same");
    }

    @Test
    void CUS04_CUS07_serviceRequestsServicesWarrantiesAndComplaintsLieWithTheCustomersRep() {
        company.user("kefu", "刘晓", "SALES", "SERVICE");
        Customer customer = company.as("zhangwei", () -> customers.save(customer("SV001", "无锡华澄纺织机械有限公司", "B")));
        Customer another = company.as("wangfang", () -> customers.save(customer("SV002", "东莞长安模具厂", "C")));

        ServiceRequest request = new ServiceRequest();
        request.setCustomer(customer);
        request.setSubject("3号织机主轴异响");
        request.setChannel("PHONE");
        request.setPriority("HIGH");
        request.setRequestDate(today.minusDays(1));
        request.setDueDate(today.minusDays(2));
        assertRefused(() -> company.as("kefu", () -> serviceRequests.save(request)), "serviceRequest.dueBeforeRequest");
        request.setDueDate(today.plusDays(2));
        ServiceRequest saved = company.as("kefu", () -> serviceRequests.save(request));
        assertThat(saved.getOwner().getUsername()).as("the customer's rep, whoever takes the call").isEqualTo("zhangwei");
        assertThat(company.as("zhangwei", () -> serviceRequests.count(PageRequest.firstPage(10)))).isEqualTo(1);
        assertThat(company.as("wangfang", () -> serviceRequests.count(PageRequest.firstPage(10)))).isZero();

        ServiceRequest resolving = company.as("kefu", () -> serviceRequests.get(saved.getId()));
        resolving.setStatus("RESOLVED");
        assertRefused(() -> company.as("kefu", () -> serviceRequests.save(resolving)), "case.resolutionRequired");
        resolving.setResolution("更换主轴轴承，试机正常。");
        assertThat(company.as("kefu", () -> serviceRequests.save(resolving)).getResolvedDate()).isEqualTo(today);

        ServiceRequest othersRequest = new ServiceRequest();
        othersRequest.setCustomer(another);
        othersRequest.setSubject("模具保养咨询");
        othersRequest.setRequestDate(today);
        ServiceRequest foreign = company.as("kefu", () -> serviceRequests.save(othersRequest));
        ServiceRecord visit = new ServiceRecord();
        visit.setCustomer(customer);
        visit.setServiceRequest(foreign);
        visit.setServiceDate(today);
        visit.setContent("上门更换轴承");
        visit.setCost(new BigDecimal("650.00"));
        assertRefused(() -> company.as("kefu", () -> serviceRecords.save(visit)), "record.otherCustomers");
        visit.setServiceRequest(saved);
        ServiceRecord done = company.as("kefu", () -> serviceRecords.save(visit));
        assertThat(done.getTechnician().getUsername()).as("the user who records it").isEqualTo("kefu");
        assertThat(company.as("zhangwei", () -> serviceRequests.related(saved.getId(), "serviceRecords"))).hasSize(1);
        assertThat(company.as("zhangwei", () -> customers.related(customer.getId(), "serviceRecords"))).hasSize(1);

        Product loom = company.system(() -> products.save(product("LOOM-18", 18)));
        Product spare = company.system(() -> products.save(product("SPARE-0", 0)));
        Warranty warranty = new Warranty();
        warranty.setCustomer(customer);
        warranty.setProduct(loom);
        warranty.setStartDate(LocalDate.of(2026, 1, 15));
        Warranty covered = company.as("zhangwei", () -> warranties.save(warranty));
        assertThat(covered.getMonths()).as("the product's warranty").isEqualTo(18);
        assertThat(covered.getExpiryDate()).as("15 Jan 2026 + 18 months, the day before").isEqualTo(LocalDate.of(2027, 7, 14));
        Warranty noPeriod = new Warranty();
        noPeriod.setCustomer(customer);
        noPeriod.setProduct(spare);
        noPeriod.setStartDate(LocalDate.of(2026, 1, 15));
        assertRefused(() -> company.as("zhangwei", () -> warranties.save(noPeriod)), "warranty.monthsRequired");

        Feedback complaint = new Feedback();
        complaint.setCustomer(customer);
        complaint.setSubject("维修响应慢");
        complaint.setContent("报修后两天才有人联系。");
        complaint.setReceivedDate(today);
        complaint.setStatus("CLOSED");
        assertRefused(() -> company.as("kefu", () -> feedbacks.save(complaint)), "case.resolutionRequired");
        complaint.setResolution("已向客户致歉，并承诺24小时内响应。");
        assertThat(company.as("kefu", () -> feedbacks.save(complaint)).getResolvedDate()).isEqualTo(today);
        // the complaint counts for the customer's rep in the complaint metric (BAS-04: KPI_COMPLAINT_RATE)
        SalesRep customersRep = new SalesRep();
        customersRep.assignTo(company.system(() -> users.findByUsername("zhangwei").orElseThrow()), null);
        assertThat(company.system(() -> metrics.value(CustomerMetrics.COMPLAINTS, customersRep, today.minusDays(30), today)))
                .isEqualByComparingTo("1");
        assertThat(company.system(() -> metrics.value(CustomerMetrics.COMPLAINTS, customersRep, today.minusDays(30), today.minusDays(1))))
                .isEqualByComparingTo("0");

        assertRefused(() -> company.as("director", () -> customers.delete(customer.getId(), customers.get(customer.getId()).getVersion())),
                "customer.hasActivity");
        Customer duplicate = company.as("zhangwei", () -> customers.save(customer("SV003", "无锡华澄纺机", "B")));
        CustomerService.MergePlan plan = company.as("director", () -> customers.planMerge(duplicate.getId(), customer.getId()));
        assertThat(plan.others()).as("service request, service, warranty, complaint").isEqualTo(4);
    }

    @Test
    void CUS08_monthlyStockReportsCarryTheClosingStockOverAndShowTheSellThroughTrend() {
        Customer dealer = company.as("zhangwei", () -> customers.save(customer("DL001", "苏州工业园区恒信机电商行", "B")));
        Product motor = company.system(() -> products.save(product("YE3-7.5", 12)));
        java.time.YearMonth thisMonth = java.time.YearMonth.from(today);
        StockReport first = stockReport(dealer, motor, thisMonth.minusMonths(2).atDay(12));
        first.setOpeningQty(new BigDecimal("100"));
        first.setReceivedQty(new BigDecimal("50"));
        first.setSoldQty(new BigDecimal("40"));
        first.setClosingQty(new BigDecimal("108"));
        StockReport savedFirst = company.as("zhangwei", () -> stockReports.save(first));
        assertThat(savedFirst.getPeriodStart()).as("any day stands for its month").isEqualTo(thisMonth.minusMonths(2).atDay(1));
        assertThat(savedFirst.getDifferenceQty()).as("100 + 50 − 40 = 110 expected, 108 counted").isEqualByComparingTo("-2");

        StockReport second = stockReport(dealer, motor, thisMonth.minusMonths(1).atDay(1));
        second.setSoldQty(new BigDecimal("50"));
        second.setClosingQty(new BigDecimal("58"));
        assertThat(company.as("zhangwei", () -> stockReports.save(second)).getOpeningQty())
                .as("last month's counted closing stock").isEqualByComparingTo("108");
        StockReport again = stockReport(dealer, motor, thisMonth.minusMonths(1).atDay(20));
        again.setOpeningQty(BigDecimal.ZERO);
        again.setSoldQty(BigDecimal.ONE);
        again.setClosingQty(BigDecimal.ONE);
        assertRefused(() -> company.as("zhangwei", () -> stockReports.save(again)), "stockReport.periodTaken");
        StockReport ahead = stockReport(dealer, motor, thisMonth.plusMonths(1).atDay(1));
        ahead.setOpeningQty(BigDecimal.ZERO);
        ahead.setSoldQty(BigDecimal.ONE);
        ahead.setClosingQty(BigDecimal.ONE);
        assertRefused(() -> company.as("zhangwei", () -> stockReports.save(ahead)), "stockReport.futurePeriod");

        List<StockReportService.ProductTrend> trend = company.as("zhangwei", () -> stockReports.trend(dealer.getId()));
        assertThat(trend).singleElement().satisfies(product -> {
            assertThat(product.product()).isEqualTo("YE3-7.5 产品 YE3-7.5");
            assertThat(product.months()).hasSize(2);
            // sold 40 then 50: +25.0 %; cover 58 / ((40 + 50) / 2) = 1.29 → 1.3 months
            assertThat(product.months().get(1).changePercent()).isEqualByComparingTo("25.0");
            assertThat(product.months().get(1).monthsOfCover()).isEqualByComparingTo("1.3");
        });
        assertThatThrownBy(() -> company.as("wangfang", () -> stockReports.trend(dealer.getId())))
                .as("another rep's customer").isInstanceOf(com.tianzong.crm.platform.records.RecordNotFoundException.class);
    }

    private static StockReport stockReport(Customer customer, Product product, LocalDate day) {
        StockReport report = new StockReport();
        report.setCustomer(customer);
        report.setProduct(product);
        report.setPeriodStart(day);
        return report;
    }

    private static Product product(String code, int warrantyMonths) {
        Product product = new Product();
        product.setCode(code);
        product.setName("产品 " + code);
        product.setUnit("UNIT");
        product.setListPrice(new BigDecimal("86000.00"));
        product.setCost(new BigDecimal("61000.00"));
        product.setWarrantyMonths(warrantyMonths);
        return product;
    }

    private static Customer customer(String code, String name, String grade) {
        Customer customer = new Customer();
        customer.setCode(code);
        customer.setName(name);
        customer.setCustomerType("ENTERPRISE");
        customer.setGrade(grade);
        customer.setCreditLimit(new BigDecimal("50000.00"));
        return customer;
    }

    private static Contact contact(Customer customer, String name, boolean primary) {
        Contact contact = new Contact();
        contact.setCustomer(customer);
        contact.setName(name);
        contact.setContactRole("PURCHASER");
        contact.setMobile("138 0013 8000");
        contact.setPrimaryContact(primary);
        return contact;
    }

    private static Interaction interaction(Customer customer, String kind, LocalDate day, Contact contact) {
        Interaction interaction = new Interaction();
        interaction.setCustomer(customer);
        interaction.setContact(contact);
        interaction.setKind(kind);
        interaction.setInteractionDate(day);
        interaction.setContent("介绍新产品，了解明年采购计划。");
        return interaction;
    }

    private static VisitCycle cycle(String grade, int days) {
        VisitCycle cycle = new VisitCycle();
        cycle.setGrade(grade);
        cycle.setCycleDays(days);
        return cycle;
    }
}
