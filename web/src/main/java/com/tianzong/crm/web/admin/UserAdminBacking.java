package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.AccessModules;
import com.tianzong.crm.platform.administration.UserAdministration;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.security.Role;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The company's users (TEN-02): invite, change, disable and enable, reset a password. */
@Named("userAdmin")
@ViewScoped
public class UserAdminBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "userForm";

    @EJB
    transient UserAdministration administration;

    @EJB
    transient Permissions permissions;

    @Inject
    transient Texts texts;

    private transient List<UserAccount> users;
    private transient List<Role> roles;
    private boolean creating;
    private boolean editable;
    private boolean mayCreate;
    private String username;
    private String displayName;
    private String email;
    private String position;
    private Long departmentId;
    private List<String> roleCodes = List.of();
    private UserAdministration.Invited invited;

    public void load() {
        if (!permissions.allowed(AccessModules.USERS, PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        editable = permissions.allowed(AccessModules.USERS, PermissionAction.EDIT);
        mayCreate = permissions.allowed(AccessModules.USERS, PermissionAction.CREATE);
    }

    public List<UserAccount> getUsers() {
        if (users == null) {
            users = administration.users();
        }
        return users;
    }

    public List<Role> getRoles() {
        if (roles == null) {
            roles = administration.roles();
        }
        return roles;
    }

    public List<Department> getDepartments() {
        return administration.departments();
    }

    public String roleLabels(UserAccount user) {
        return getRoles().stream().filter(role -> user.roles().contains(role.getCode()))
                .map(role -> role.label(locale())).collect(Collectors.joining("、"));
    }

    public String roleLabel(Role role) {
        return role.label(locale());
    }

    public void startInvite() {
        creating = true;
        invited = null;
        username = null;
        displayName = null;
        email = null;
        position = null;
        departmentId = null;
        roleCodes = List.of("SALES_REP");
    }

    public void startEdit(UserAccount user) {
        creating = false;
        invited = null;
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        position = user.getPosition();
        departmentId = user.getDepartment() == null ? null : user.getDepartment().getId();
        roleCodes = List.copyOf(user.roles());
    }

    public void save() {
        UserAdministration.UserForm form = new UserAdministration.UserForm(username, displayName, email, position,
                departmentId, new HashSet<>(roleCodes));
        try {
            if (creating) {
                invited = administration.invite(form, locale());
                texts.info(invited.mailSent() ? "user.invited" : "user.invitedNoMail", username);
            } else {
                administration.update(form);
                texts.info("user.saved", username);
            }
            users = null;
        } catch (BusinessRuleException rule) {
            refuseInDialog(DIALOG, texts.get(rule.getMessageKey(), rule.getArguments().toArray()));
        } catch (PermissionDeniedException denied) {
            refuseInDialog(DIALOG, texts.get("record.noPermission"));
        }
    }


    public void disable(String user) {
        act(() -> administration.disable(user), "user.disabled", user);
    }

    public void enable(String user) {
        act(() -> administration.enable(user), "user.enabled", user);
    }

    public void resetPassword(String user) {
        act(() -> invited = administration.resetPassword(user, locale()), "user.passwordReset", user);
    }

    private void act(Runnable action, String doneKey, String user) {
        try {
            action.run();
            texts.info(doneKey, user);
            users = null;
        } catch (BusinessRuleException rule) {
            texts.error(rule.getMessageKey(), rule.getArguments().toArray());
        } catch (PermissionDeniedException denied) {
            texts.error("record.noPermission");
        }
    }

    /** 启用 / 停用 / 待设置密码. */
    public String status(UserAccount user) {
        return texts.get(!user.isEnabled() ? "user.status.disabled" : user.hasPassword() ? "user.status.active" : "user.status.invited");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isCreating() {
        return creating;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    public UserAdministration.Invited getInvited() {
        return invited;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public List<String> getRoleCodes() {
        return roleCodes;
    }

    public void setRoleCodes(List<String> roleCodes) {
        this.roleCodes = roleCodes == null ? List.of() : roleCodes;
    }
}
