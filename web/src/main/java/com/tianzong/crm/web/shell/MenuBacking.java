package com.tianzong.crm.web.shell;

import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import com.tianzong.crm.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import com.tianzong.crm.platform.administration.AccessModules;
import com.tianzong.crm.platform.security.Permissions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.tianzong.crm.platform.security.Grants;
import com.tianzong.crm.platform.security.PermissionAction;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu, grouped as in the feature catalogue; it lists only record types that are
 * registered, so there are no dead links.
 */
@Named
@RequestScoped
public class MenuBacking {

    /** The administration tools, each shown to holders of its module's VIEW permission. */
    private static final Map<String, String> ADMINISTRATION_PAGES = new LinkedHashMap<>();

    static {
        ADMINISTRATION_PAGES.put(com.tianzong.crm.platform.administration.CompanyProfiles.MODULE, "/app/admin/company.xhtml");
        ADMINISTRATION_PAGES.put(com.tianzong.crm.platform.administration.DepartmentAdministration.MODULE, "/app/admin/departments.xhtml");
        ADMINISTRATION_PAGES.put(AccessModules.USERS, "/app/admin/users.xhtml");
        ADMINISTRATION_PAGES.put(AccessModules.ROLES, "/app/admin/roles.xhtml");
        ADMINISTRATION_PAGES.put(com.tianzong.crm.platform.administration.CodeListAdministration.MODULE, "/app/admin/codes.xhtml");
        ADMINISTRATION_PAGES.put(AccessModules.AUDIT, "/app/admin/audit.xhtml");
        ADMINISTRATION_PAGES.put(AccessModules.SECURITY, "/app/admin/security.xhtml");
    }

    @Inject
    RecordTypes recordTypes;

    @Inject
    Texts texts;

    @EJB
    Permissions permissions;


    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        DefaultMenuModel menu = new DefaultMenuModel();
        menu.getElements().add(DefaultMenuItem.builder()
                .value(texts.get("menu.home"))
                .icon("pi pi-home")
                .url(context + "/app/index.xhtml")
                .build());
        Grants grants = permissions.grants();
        Map<String, List<RecordType<?>>> groups = new LinkedHashMap<>();
        recordTypes.all().stream()
                .filter(type -> grants.allows(type.name(), PermissionAction.VIEW))
                .forEach(type -> groups.computeIfAbsent(type.menuGroup(), g -> new java.util.ArrayList<>()).add(type));
        groups.forEach((group, types) -> {
            DefaultSubMenu submenu = DefaultSubMenu.builder().label(texts.get("menu.group." + group)).expanded(true).build();
            types.forEach(type -> {
                submenu.getElements().add(DefaultMenuItem.builder()
                        .value(texts.get("menu." + type.name()))
                        .icon("pi pi-list")
                        .url(context + "/app/records/list.xhtml?type=" + type.name())
                        .build());
                type.listPages().stream()
                        .filter(page -> grants.allows(type.name(), PermissionAction.valueOf(page.getPermission())))
                        .forEach(page -> submenu.getElements().add(DefaultMenuItem.builder()
                                .value(texts.get("action." + type.name() + "." + page.name()))
                                .icon("pi pi-calendar")
                                .url(context + page.outcome() + ".xhtml")
                                .build()));
            });
            menu.getElements().add(submenu);
        });
        DefaultSubMenu administration = DefaultSubMenu.builder()
                .label(texts.get("menu.group." + AccessModules.ADMINISTRATION_GROUP)).expanded(true).build();
        ADMINISTRATION_PAGES.forEach((module, page) -> {
            if (grants.allows(module, PermissionAction.VIEW)) {
                administration.getElements().add(DefaultMenuItem.builder()
                        .value(texts.get("module." + module))
                        .icon("pi pi-cog")
                        .url(context + page)
                        .build());
            }
        });
        if (!administration.getElements().isEmpty()) {
            menu.getElements().add(administration);
        }
        return menu;
    }
}
