package com.tianzong.crm.it;

import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.RecordViewLayouts;
import com.tianzong.crm.platform.records.RecordViewLayouts.Tab;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.application.PositionService;
import com.tianzong.crm.salesforce.application.SalesOrgRecordType;
import com.tianzong.crm.salesforce.application.SalesOrgService;
import com.tianzong.crm.salesforce.application.SalesRepService;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.salesforce.domain.SalesPosition;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ORG-01 sales organisations with their 360 view, ORG-03 positions and the printed job
 * description, ORG-04 salesperson files under the data scope, and PLT-06 each user's own
 * arrangement of a 360 view's tabs.
 */
@ExtendWith(ArquillianExtension.class)
class SalesOrganisationIT {

    private static final String PASSWORD = "Org@2026pass";


    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    PositionService positions;

    @EJB
    SalesRepService reps;

    @EJB
    SalesOrgService orgs;

    @EJB
    CustomerService customers;

    @EJB
    RecordViewLayouts layouts;

    @Inject
    SalesOrgRecordType orgType;

    private TestCompany company;

    @BeforeEach
    void organisation() {
        company = TestCompany.create(provisioning, "it_org");
        company.department("HQ", "总经理办公室", null);
        company.department("SALES", "销售中心", null);
        company.department("EAST", "华东销售部", "SALES");
        company.department("SOUTH", "华南销售部", "SALES");
        company.user("admin", "陈静", "HQ", "TENANT_ADMIN");
        company.user("director", "赵志强", "SALES", "SALES_DIRECTOR");
        company.user("eastmanager", "李建国", "EAST", "SALES_MANAGER");
        company.user("zhangwei", "张伟", "EAST", "SALES_REP");
        company.user("wangfang", "王芳", "SOUTH", "SALES_REP");
        company.user("marketing", "何丽", "HQ", "MARKETING");
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void ORG03_positionsFormAChainOfSuperiorsWithoutCyclesAndHeldOnesStay() {
        SalesPosition director = company.as("director", () -> positions.save(position("SD", "销售总监", "G6", null)));
        SalesPosition manager = company.as("director", () -> positions.save(position("RSM", "区域销售经理", "G5", director)));
        SalesPosition rep = company.as("director", () -> positions.save(position("SR", "销售代表", "G2", manager)));

        assertRefused(() -> company.as("director", () -> positions.save(position("SR", "重复", "G2", null))), "position.code.taken");
        SalesPosition top = company.as("director", () -> positions.get(director.getId()));
        top.setReportsTo(rep);
        assertRefused(() -> company.as("director", () -> positions.save(top)), "position.reportsTo.cycle");
        SalesPosition self = company.as("director", () -> positions.get(manager.getId()));
        self.setReportsTo(self);
        assertRefused(() -> company.as("director", () -> positions.save(self)), "position.reportsTo.cycle");

        company.as("director", () -> reps.save(rep("TZ001", "张伟", "zhangwei", "EAST", rep)));
        SalesPosition held = company.as("director", () -> positions.get(rep.getId()));
        assertRefused(() -> company.as("admin", () -> positions.delete(held.getId(), held.getVersion())), "position.inUse");
        SalesPosition superior = company.as("director", () -> positions.get(manager.getId()));
        assertRefused(() -> company.as("admin", () -> positions.delete(superior.getId(), superior.getVersion())), "position.hasSubordinates");
        assertThat(company.as("director", () -> positions.related(manager.getId(), "subordinates")))
                .extracting(row -> ((SalesPosition) row).getCode()).containsExactly("SR");
        assertThatThrownBy(() -> company.as("eastmanager", () -> positions.save(position("X1", "经理自建", "G2", null))))
                .as("managers read positions, directors keep them").isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void ORG03_theJobDescriptionPrintsEveryPartOfThePositionWithTheSignatureBlock() {
        SalesPosition director = company.as("director", () -> positions.save(position("SD", "销售总监", "G6", null)));
        SalesPosition manager = position("RSM", "区域销售经理", "G5", director);
        manager.setAuthority("单笔 20 万元以内合同审批权");
        manager.setRequirements("大专及以上学历；5 年以上机电产品销售经验");
        long id = company.as("director", () -> positions.save(manager)).getId();
        company.as("director", () -> positions.save(position("SR", "销售代表", "G2", manager)));
        company.passwords(PASSWORD);

        WebClient browser = new WebClient();
        assertThat(browser.signIn(company.code().value(), "zhangwei", PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.get("/crm/app/org/job-description.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("职务说明书", "区域销售经理", "RSM", "销售经理", "销售总监", "销售代表")
                .contains("工作职责", "1. 分解区域目标到每位业务员", "单笔 20 万元以内合同审批权", "大专及以上学历")
                .contains("任职者签字", "直接上级签字", "人力资源部签字")
                .as("parts left empty say so").contains("（未填写）");
        assertThat(browser.get("/crm/app/org/job-description.xhtml?id=999999").statusCode()).isEqualTo(404);
        assertThat(browser.get("/crm/app/org/job-description.xhtml?id=abc").statusCode()).isEqualTo(404);
    }

    @Test
    void ORG04_aRepFileBelongsToTheNamedAccountAndFollowsTheDataScope() {
        SalesRep east = company.as("eastmanager", () -> reps.save(rep("TZ031", "张伟", "zhangwei", "EAST", null)));
        assertThat(east.getOwner().getUsername()).as("the named account, not the manager who typed it").isEqualTo("zhangwei");
        company.as("director", () -> reps.save(rep("TZ057", "王芳", "wangfang", "SOUTH", null)));

        assertThat(listed("zhangwei")).containsExactly("TZ031");
        assertThat(listed("wangfang")).containsExactly("TZ057");
        assertThat(listed("eastmanager")).containsExactly("TZ031");
        assertThat(listed("director")).containsExactlyInAnyOrder("TZ031", "TZ057");
        assertThatThrownBy(() -> company.as("zhangwei", () -> reps.save(rep("TZ099", "自建", "wangfang", "SOUTH", null))))
                .isInstanceOf(PermissionDeniedException.class);

        SalesRep noAccount = rep("TZ070", "无账号", null, "EAST", null);
        assertThatThrownBy(() -> company.as("director", () -> reps.save(noAccount)))
                .as("no account named: refused, not given to the director").isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertRefused(() -> company.as("director", () -> reps.save(rep("TZ031", "重号", "marketing", "EAST", null))), "salesRep.employeeNo.taken");
        assertRefused(() -> company.as("director", () -> reps.save(rep("TZ071", "重复账号", "zhangwei", "EAST", null))), "salesRep.owner.taken");

        SalesRep leaving = company.as("director", () -> reps.get(east.getId()));
        leaving.setStatus(SalesRep.LEFT);
        assertRefused(() -> company.as("director", () -> reps.save(leaving)), "salesRep.leaveDate.required");
        leaving.setLeaveDate(LocalDate.of(2016, 12, 31));
        assertRefused(() -> company.as("director", () -> reps.save(leaving)), "salesRep.leaveDate.beforeHire");
        leaving.setLeaveDate(LocalDate.of(2026, 11, 30));
        assertThat(company.as("director", () -> reps.save(leaving)).isEmployedOn(LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void ORG01_anOrganisations360ViewShowsItsRepsSubOrganisationsAndCustomersWithinTheViewersScope() {
        company.department("EAST_A", "华东一组", "EAST");
        company.as("director", () -> reps.save(rep("TZ031", "张伟", "zhangwei", "EAST", null)));
        company.as("zhangwei", () -> customers.save(customer("C001", "上海华信电子有限公司")));
        company.as("director", () -> customers.save(customer("C002", "苏州园区精密机械有限公司")));
        long east = company.system(() -> departments.findByCode("EAST").orElseThrow().getId());

        assertThat(company.as("director", () -> orgs.related(east, "reps"))).extracting(row -> ((SalesRep) row).getName()).containsExactly("张伟");
        assertThat(company.as("director", () -> orgs.related(east, "children"))).extracting(row -> ((Department) row).getCode())
                .containsExactly("EAST_A");
        assertThat(company.as("eastmanager", () -> orgs.related(east, "customers"))).extracting(row -> ((Customer) row).getCode())
                .containsExactly("C001");
        assertThat(company.as("zhangwei", () -> orgs.related(east, "customers"))).as("a rep sees only his own customers on the tab")
                .extracting(row -> ((Customer) row).getCode()).containsExactly("C001");
        assertThat(company.as("director", () -> orgs.findPage(PageRequest.firstPage(20).withText("华东")).rows()))
                .extracting(Department::getCode).containsExactlyInAnyOrder("EAST", "EAST_A");

        Department loaded = company.as("admin", () -> orgs.get(east));
        assertThatThrownBy(() -> company.as("admin", () -> orgs.save(loaded))).as("the tree is kept on the departments page")
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void PLT06_eachUserArrangesTheTabsOfAViewAndNewTabsStillAppear() {
        assertThat(names(company.as("director", () -> layouts.shownTabs(orgType)))).containsExactly("reps", "children", "customers", "quotas");

        company.as("director", () -> layouts.arrange(orgType, List.of(new Tab("customers", true), new Tab("reps", false))));
        assertThat(company.as("director", () -> layouts.arrangement(orgType))).as("a tab the user never arranged comes last, shown")
                .containsExactly(new Tab("customers", true), new Tab("reps", false), new Tab("children", true), new Tab("quotas", true));
        assertThat(names(company.as("director", () -> layouts.shownTabs(orgType)))).containsExactly("customers", "children", "quotas");
        assertThat(names(company.as("eastmanager", () -> layouts.shownTabs(orgType)))).as("another user's view is untouched")
                .containsExactly("reps", "children", "customers", "quotas");
        assertThat(names(company.as("marketing", () -> layouts.shownTabs(orgType))))
                .as("a tab of records the user may not read is not offered").doesNotContain("reps");

        assertRefused(() -> company.as("director", () -> layouts.arrange(orgType, List.of(new Tab("salaries", true)))), "viewLayout.tab.unknown");
        company.as("director", () -> layouts.reset(orgType));
        assertThat(names(company.as("director", () -> layouts.shownTabs(orgType)))).containsExactly("reps", "children", "customers", "quotas");
    }

    private List<String> listed(String username) {
        return company.as(username, () -> reps.findPage(PageRequest.firstPage(50)).rows().stream().map(SalesRep::getEmployeeNo).toList());
    }

    private static List<String> names(List<RelatedList> tabs) {
        return tabs.stream().map(RelatedList::name).toList();
    }

    private static SalesPosition position(String code, String name, String grade, SalesPosition reportsTo) {
        SalesPosition position = new SalesPosition();
        position.setCode(code);
        position.setName(name);
        position.setGrade(grade);
        position.setReportsTo(reportsTo);
        position.setDuties("1. 分解区域目标到每位业务员\n2. 陪同拜访重点客户");
        return position;
    }

    private SalesRep rep(String employeeNo, String name, String username, String departmentCode, SalesPosition position) {
        return company.system(() -> {
            SalesRep rep = new SalesRep();
            rep.setEmployeeNo(employeeNo);
            rep.setName(name);
            rep.setHireDate(LocalDate.of(2017, 3, 6));
            rep.setStatus("ACTIVE");
            rep.setGrade("G3");
            rep.setPosition(position);
            UserAccount account = username == null ? null : users.findByUsername(username).orElseThrow();
            rep.setOwner(account);
            rep.setDepartment(departments.findByCode(departmentCode).orElseThrow());
            return rep;
        });
    }

    private static Customer customer(String code, String name) {
        Customer customer = new Customer();
        customer.setCode(code);
        customer.setName(name);
        customer.setCustomerType("ENTERPRISE");
        customer.setCreditLimit(new BigDecimal("200000.00"));
        return customer;
    }
}
