package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.customer.application.ContactService;
import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.search.GlobalSearch;
import com.tianzong.crm.platform.search.SearchHit;
import com.tianzong.crm.platform.search.SearchIndex;
import com.tianzong.crm.platform.search.SearchIndexAdministration;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PLT-11: the search box finds customers and contacts by any part of a Chinese name, in either
 * script, by address, phone, contact name and pinyin initials; the index follows every committed
 * change and nothing that is rolled back; hits respect the data scope and the tenant; the
 * operators' rebuild restores a lost index.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    CustomerService customers;

    @EJB
    ContactService contacts;

    @EJB
    GlobalSearch search;

    @EJB
    SearchIndex index;

    @EJB
    SearchIndexAdministration administration;

    private TestCompany company;
    private TestCompany other;

    @BeforeEach
    void organisation() {
        company = TestCompany.withSalesTeam(provisioning, "it_search");
    }

    @AfterEach
    void removeCompanies() {
        company.remove();
        if (other != null) {
            other.remove();
        }
    }

    @Test
    void PLT11_chineseQueriesFindCustomersAndContactsByAnyPartInEitherScript() {
        Customer huaxin = company.as("zhangwei", () -> customers.save(
                customer("HX001", "上海华信电子有限公司", "华信电子", "上海市徐汇区漕溪北路88号", "021-6234 5678")));
        Customer tianhe = company.as("wangfang", () -> customers.save(
                customer("TH001", "廣州天河貿易有限公司", null, "廣州市天河區體育西路", null)));
        Customer decoy = company.as("wangfang", () -> customers.save(customer("XH001", "信华物流有限公司", null, null, null)));
        Contact wang = company.as("zhangwei", () -> contacts.save(contact(huaxin, "王建国", "13812345678")));

        assertThat(found("director", "华信")).as("a part of the name")
                .contains("customer:" + huaxin.getId()).doesNotContain("customer:" + decoy.getId());
        assertThat(found("director", "华信").get(0)).as("the customer itself ranks first").isEqualTo("customer:" + huaxin.getId());
        assertThat(found("director", "华")).as("one character finds every name that has it")
                .contains("customer:" + huaxin.getId(), "customer:" + decoy.getId());
        assertThat(found("director", "广州")).as("Simplified finds Traditional").containsExactly("customer:" + tianhe.getId());
        assertThat(found("director", "廣州")).as("and Traditional itself").containsExactly("customer:" + tianhe.getId());
        assertThat(found("director", "體育西路")).as("by address, either script").containsExactly("customer:" + tianhe.getId());
        assertThat(found("director", "漕溪北路")).containsExactly("customer:" + huaxin.getId());
        assertThat(found("director", "ＨＸ００１")).as("a code typed full width").containsExactly("customer:" + huaxin.getId());
        assertThat(found("director", "shhx")).as("pinyin initials").containsExactly("customer:" + huaxin.getId());
        assertThat(found("director", "62345678")).as("a phone, typed without its spaces").containsExactly("customer:" + huaxin.getId());
        assertThat(found("director", "1381234")).as("part of a mobile").containsExactly("contact:" + wang.getId());
        assertThat(found("director", "王建国")).as("the contact and the customer whose contact he is")
                .containsExactly("contact:" + wang.getId(), "customer:" + huaxin.getId());
        assertThat(found("director", "王建国 华信")).as("words of different fields together").contains("contact:" + wang.getId());
        assertThat(found("director", "王建国 天河")).as("every word must match").isEmpty();
        assertThat(found("director", "  ")).isEmpty();
        assertThat(found("director", "\"+-*")).as("query syntax typed by mistake is no error").isEmpty();

        SearchHit hit = company.as("director", () -> search.search("王建国", 10)).hits().get(0);
        assertThat(hit.title()).isEqualTo("王建国");
        assertThat(hit.subtitle()).as("the contact's customer").contains("上海华信电子有限公司");
    }

    @Test
    void PLT11_theIndexFollowsEveryCommittedChangeAndNothingRolledBack() {
        Customer customer = company.as("zhangwei", () -> customers.save(customer("HX002", "杭州西湖科技有限公司", null, null, null)));
        Contact chen = company.as("zhangwei", () -> contacts.save(contact(customer, "陈晓明", "13900001111")));
        assertThat(found("zhangwei", "西湖")).contains("customer:" + customer.getId());

        Customer renamed = company.as("zhangwei", () -> customers.get(customer.getId()));
        renamed.setName("杭州钱塘科技有限公司");
        company.as("zhangwei", () -> customers.save(renamed));
        assertThat(found("zhangwei", "西湖")).as("the old name is gone at once").isEmpty();
        assertThat(found("zhangwei", "钱塘")).as("the customer, then its contact by the customer's name")
                .containsExactly("customer:" + customer.getId(), "contact:" + chen.getId());
        assertThat(found("zhangwei", "陈晓明 钱塘")).as("the contact carries its customer's new name, and ranks first")
                .containsExactly("contact:" + chen.getId(), "customer:" + customer.getId());

        Customer clash = customer("HX003", "杭州钱塘科技有限公司", null, null, null);
        assertThatThrownBy(() -> company.as("zhangwei", () -> customers.save(clash)))
                .as("a duplicate name is refused").isInstanceOf(BusinessRuleException.class);
        assertThat(found("zhangwei", "钱塘")).as("nothing of the refused save")
                .containsExactly("customer:" + customer.getId(), "contact:" + chen.getId());

        Contact stored = company.as("eastmanager", () -> contacts.get(chen.getId()));
        company.as("eastmanager", () -> contacts.delete(stored.getId(), stored.getVersion()));
        assertThat(found("zhangwei", "陈晓明")).as("a deleted contact").isEmpty();

        Customer survivor = company.as("zhangwei", () -> customers.save(customer("HX004", "宁波港城实业有限公司", null, null, null)));
        Contact li = company.as("zhangwei", () -> contacts.save(contact(customer, "李华", "13900002222")));
        Customer merged = company.as("director", () -> customers.get(customer.getId()));
        Customer kept = company.as("director", () -> customers.get(survivor.getId()));
        company.as("director", () -> customers.merge(kept.getId(), kept.getVersion(), merged.getId(), merged.getVersion()));
        assertThat(found("director", "钱塘")).as("the merged file is gone").isEmpty();
        assertThat(found("director", "李华 港城")).as("its contact moved to the survivor").contains("contact:" + li.getId());
    }

    @Test
    void PLT11_hitsAreWithinTheUsersDataScopeAndTenant() {
        Customer east = company.as("zhangwei", () -> customers.save(customer("DS001", "南京紫金电器有限公司", null, null, null)));
        company.as("zhangwei", () -> contacts.save(contact(east, "周紫金", "13700001234")));
        Customer south = company.as("wangfang", () -> customers.save(customer("DS002", "深圳紫金电子有限公司", null, null, null)));

        assertThat(found("zhangwei", "紫金")).as("a rep: his own customer and its contact")
                .hasSize(2).contains("customer:" + east.getId()).doesNotContain("customer:" + south.getId());
        assertThat(found("wangfang", "紫金")).containsExactly("customer:" + south.getId());
        assertThat(found("eastmanager", "紫金")).as("a manager: his department's").hasSize(2).doesNotContain("customer:" + south.getId());
        assertThat(found("director", "紫金")).as("a director: all").hasSize(3);
        assertThat(company.as("zhangwei", () -> search.search("紫金", 10)).total()).as("the count is the scoped count too").isEqualTo(2);

        other = TestCompany.create(provisioning, "it_search_other");
        other.department("SALES", "销售部", null);
        other.user("boss", "老板", "SALES", "SALES_DIRECTOR");
        assertThat(other.as("boss", () -> search.search("紫金", 10)).hits()).as("another tenant finds none of it").isEmpty();
    }

    @Test
    void PLT11_operatorsRebuildALostIndex() {
        Customer customer = company.as("zhangwei", () -> customers.save(customer("RB001", "天津滨海重工有限公司", null, null, null)));
        company.as("zhangwei", () -> contacts.save(contact(customer, "刘海滨", "13600001234")));
        index.purge(company.code());
        assertThat(found("director", "滨海")).as("the index lost").isEmpty();

        SearchIndexAdministration.Rebuilt rebuilt = administration.rebuild(company.code().value(), "ops");
        assertThat(rebuilt.documents()).as("one customer and one contact").isEqualTo(2);
        assertThat(found("director", "滨海")).hasSize(2);
        assertThatThrownBy(() -> administration.rebuild("no_such_company", "ops")).isInstanceOf(BusinessRuleException.class);
    }

    private List<String> found(String user, String query) {
        return company.as(user, () -> search.search(query, 50)).hits().stream()
                .map(hit -> hit.kind() + ":" + hit.recordId()).toList();
    }

    private static Customer customer(String code, String name, String shortName, String address, String phone) {
        Customer customer = new Customer();
        customer.setCode(code);
        customer.setName(name);
        customer.setShortName(shortName);
        customer.setAddress(address);
        customer.setPhone(phone);
        customer.setCustomerType("ENTERPRISE");
        customer.setGrade("B");
        customer.setCreditLimit(new BigDecimal("50000.00"));
        return customer;
    }

    private static Contact contact(Customer customer, String name, String mobile) {
        Contact contact = new Contact();
        contact.setCustomer(customer);
        contact.setName(name);
        contact.setContactRole("PURCHASER");
        contact.setMobile(mobile);
        return contact;
    }
}
