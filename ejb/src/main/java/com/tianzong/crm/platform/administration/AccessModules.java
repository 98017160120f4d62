package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import com.tianzong.crm.platform.security.Owned;
import com.tianzong.crm.platform.security.PermissionAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.tianzong.crm.platform.security.PermissionAction.APPROVE;
import static com.tianzong.crm.platform.security.PermissionAction.ASSIGN;
import static com.tianzong.crm.platform.security.PermissionAction.CREATE;
import static com.tianzong.crm.platform.security.PermissionAction.DELETE;
import static com.tianzong.crm.platform.security.PermissionAction.EDIT;
import static com.tianzong.crm.platform.security.PermissionAction.EXPORT;
import static com.tianzong.crm.platform.security.PermissionAction.VIEW;

/**
 * Every module a tenant administrator can grant on: each registered record type (so a new
 * module appears in the permission matrix by registering its type) and the administration tools.
 */
@ApplicationScoped
public class AccessModules {

    public static final String ROLES = "role";
    public static final String AUDIT = "audit";
    public static final String SECURITY = "security";
    public static final String USERS = "user";
    public static final String ADMINISTRATION_GROUP = "ADM";

    private static final List<PermissionAction> RECORD_ACTIONS = List.of(VIEW, CREATE, EDIT, DELETE, EXPORT, ASSIGN);
    private static final List<PermissionAction> APPROVABLE_RECORD_ACTIONS = List.of(VIEW, CREATE, EDIT, DELETE, EXPORT, ASSIGN, APPROVE);

    private static final List<AccessModule> ADMINISTRATION = List.of(
            new AccessModule(CompanyProfiles.MODULE, ADMINISTRATION_GROUP, List.of(VIEW, EDIT), false),
            new AccessModule(DepartmentAdministration.MODULE, ADMINISTRATION_GROUP, List.of(VIEW, EDIT), false),
            new AccessModule(USERS, ADMINISTRATION_GROUP, List.of(VIEW, CREATE, EDIT), false),
            new AccessModule(ROLES, ADMINISTRATION_GROUP, List.of(VIEW, EDIT), false),
            new AccessModule(CodeListAdministration.MODULE, ADMINISTRATION_GROUP, List.of(VIEW, EDIT), false),
            new AccessModule(AUDIT, ADMINISTRATION_GROUP, List.of(VIEW, EXPORT), false),
            new AccessModule(SECURITY, ADMINISTRATION_GROUP, List.of(VIEW, EDIT), false));

    @Inject
    RecordTypes recordTypes;

    public List<AccessModule> all() {
        List<AccessModule> modules = new ArrayList<>();
        for (RecordType<?> type : recordTypes.all()) {
            List<PermissionAction> actions = type.approvable() ? APPROVABLE_RECORD_ACTIONS : RECORD_ACTIONS;
            modules.add(new AccessModule(type.name(), type.menuGroup(), actions, Owned.class.isAssignableFrom(type.entityClass())));
        }
        modules.addAll(ADMINISTRATION);
        return modules;
    }

    public Optional<AccessModule> find(String name) {
        return all().stream().filter(module -> module.name().equals(name)).findFirst();
    }
}
