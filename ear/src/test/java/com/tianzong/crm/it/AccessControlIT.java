package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import com.tianzong.crm.platform.security.Owned;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Permissions per role, module and action, and the PLT-05 data scope matrix: rep, peer rep, rep of another department, manager, director and admin
 * against own, peer's and other department's records, for every record type registered
 * (records with an owner) made by {@link RecordSamples} — through list, count, find, edit and delete alike.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @Inject
    RecordTypes recordTypes;

    @EJB
    AuditTrail auditTrail;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void organisation() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_scope");
        TenantContext.runAs(tenant, () -> {
            departments.create("HQ", "总经理办公室", null);
            departments.create("SALES", "销售中心", null);
            departments.create("EAST", "华东销售部", "SALES");
            departments.create("EAST_A", "华东一组", "EAST");
            departments.create("SOUTH", "华南销售部", "SALES");
            user("rep", "EAST_A", "SALES_REP");
            user("peer", "EAST_A", "SALES_REP");
            user("southrep", "SOUTH", "SALES_REP");
            user("manager", "EAST", "SALES_MANAGER");
            user("director", "SALES", "SALES_DIRECTOR");
            user("admin", "HQ", "TENANT_ADMIN");
            user("norole", "EAST_A");
            user("southmanager", "SOUTH", "SALES_MANAGER");
            user("finance", "HQ", "FINANCE");
        });
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void PLT05_everyRoleSeesExactlyItsScopeOnEveryScopedRecordType() {
        // the documents of the sales flow last, in its order: their samples make records of the types checked before them
        List<RecordType<?>> scoped = recordTypes.all().stream()
                .filter(type -> Owned.class.isAssignableFrom(type.entityClass()))
                .sorted(java.util.Comparator.comparingInt(type -> RecordSamples.ALONG_THE_SALES_FLOW.indexOf(type.name())))
                .toList();
        assertThat(scoped).isNotEmpty();
        for (RecordType<?> type : scoped) {
            Map<String, Long> records = new HashMap<>();
            records.put("own", create(type, "rep", "OWN1"));
            records.put("peer", create(type, "peer", "PEER1"));
            records.put("south", create(type, "southrep", "SOUTH1"));

            assertSees(type, "rep", records, "own");
            assertSees(type, "peer", records, "peer");
            assertSees(type, "southrep", records, "south");
            assertSees(type, "manager", records, "own", "peer");
            assertSees(type, "director", records, "own", "peer", "south");
            assertSees(type, "admin", records, "own", "peer", "south");
        }
    }

    @Test
    void PLT05_outOfScopeRecordsCannotBeReadEditedOrDeleted() {
        RecordType<?> type = recordTypes.find("customer").orElseThrow();
        long peers = create(type, "peer", "PEER2");
        RecordService<TenantRecord> service = service(type);
        TenantRecord loaded = TenantContext.callAs(tenant, () -> service.get(peers));

        asUser("southmanager", () -> {
            assertThat(service.find(peers)).isEmpty();
            assertThatThrownBy(() -> service.get(peers)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> service.save(loaded)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> service.delete(peers, loaded.getVersion())).isInstanceOf(RecordNotFoundException.class);
            return null;
        });
        assertThat(TenantContext.callAs(tenant, () -> service.find(peers))).isPresent();
    }

    @Test
    void PLT05_actionsWithoutPermissionAreRefusedChangeNothingAndAreAudited() {
        RecordType<?> type = recordTypes.find("customer").orElseThrow();
        RecordService<TenantRecord> service = service(type);
        long own = create(type, "rep", "OWN9");
        int version = TenantContext.callAs(tenant, () -> service.get(own).getVersion());

        assertThat(asUser("rep", service::allowedActions)).containsExactlyInAnyOrder(
                PermissionAction.VIEW, PermissionAction.CREATE, PermissionAction.EDIT, PermissionAction.EXPORT);
        assertThat(asUser("finance", service::allowedActions)).containsExactlyInAnyOrder(PermissionAction.VIEW, PermissionAction.EXPORT);
        assertThat(asUser("norole", service::allowedActions)).isEmpty();

        assertThatThrownBy(() -> asUser("rep", () -> {
            service.delete(own, version);
            return null;
        })).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> asUser("finance", () -> service.save((TenantRecord) RecordSamples.create("customer", "FIN1"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> asUser("norole", () -> service.findPage(PageRequest.firstPage(10))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> asUser("ghost", () -> service.count(PageRequest.firstPage(10))))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(TenantContext.callAs(tenant, () -> service.count(PageRequest.firstPage(10)))).isEqualTo(1);
        assertThat(TenantContext.callAs(tenant, () -> auditTrail.history("customer", own)))
                .filteredOn(entry -> entry.getAction() == AuditEntry.Action.DENIED)
                .extracting(AuditEntry::getActor, AuditEntry::getField)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rep", "DELETE"));
        assertThat(TenantContext.callAs(tenant, () -> auditTrail.history("customer", 0)))
                .extracting(AuditEntry::getActor)
                .contains("finance", "norole", "ghost");
    }

    @Test
    void PLT05_managerWhoMovesDepartmentSeesTheNewScopeAtOnce() {
        RecordType<?> type = recordTypes.find("customer").orElseThrow();
        Map<String, Long> records = Map.of("east", create(type, "rep", "E1"), "south", create(type, "southrep", "S1"));
        assertSees(type, "manager", records, "east");

        TenantContext.runAs(tenant, () -> users.moveTo("manager", departments.findByCode("SOUTH").orElseThrow()));

        assertSees(type, "manager", records, "south");
    }

    @Test
    void PLT05_newRecordBelongsToItsCreatorSoTheRepSeesIt() {
        RecordType<?> type = recordTypes.find("customer").orElseThrow();
        RecordService<TenantRecord> service = service(type);
        long id = asUser("rep", () -> service.save((TenantRecord) RecordSamples.create("customer", "MINE")).getId());
        Owned saved = (Owned) asUser("rep", () -> service.get(id));
        assertThat(saved.getOwner().getUsername()).isEqualTo("rep");
        assertThat(saved.getDepartment().getCode()).isEqualTo("EAST_A");
    }

    private void assertSees(RecordType<?> type, String username, Map<String, Long> records, String... visible) {
        RecordService<TenantRecord> service = service(type);
        Set<Long> expected = java.util.Arrays.stream(visible).map(records::get).collect(Collectors.toSet());
        asUser(username, () -> {
            Set<Long> listed = service.findPage(PageRequest.firstPage(100)).rows().stream()
                    .map(TenantRecord::getId).collect(Collectors.toSet());
            assertThat(listed).as(username + " lists " + type.name()).isEqualTo(expected);
            assertThat(service.count(PageRequest.firstPage(1))).as(username + " counts").isEqualTo(expected.size());
            records.forEach((label, id) -> assertThat(service.find(id).isPresent())
                    .as(username + " finds " + label).isEqualTo(expected.contains(id)));
            return null;
        });
    }

    private long create(RecordType<?> type, String owner, String label) {
        RecordService<TenantRecord> service = service(type);
        return TenantContext.callAs(tenant, () -> {
            Owned record = RecordSamples.createOwned(type.name(), label);
            RecordSamples.assign(record, users.findByUsername(owner).orElseThrow());
            return RecordSamples.saveSample(type, (TenantRecord) record).getId();
        });
    }

    @SuppressWarnings("unchecked")
    private static RecordService<TenantRecord> service(RecordType<?> type) {
        return (RecordService<TenantRecord>) type.service();
    }

    private <T> T asUser(String username, java.util.function.Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }

    private UserAccount user(String username, String department, String... roles) {
        return users.create(username, username, departments.findByCode(department).orElseThrow(), Set.of(roles));
    }
}
