package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.identity.EmailAddress;
import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.identity.SignedInSessions;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.onboarding.InvitationMail;
import com.tianzong.crm.platform.onboarding.Invitations;
import com.tianzong.crm.platform.persistence.Trimmed;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.security.Role;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The company's users (TEN-02): invite by e-mail, change name, position, department and roles,
 * disable and enable, reset a password (by a new invitation). Every change is audited as a
 * change of the user; disabling or resetting ends the user's sessions at once.
 */
@Stateless
@TenantAware
public class UserAdministration {

    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    /** What the administrator enters for a user. */
    public record UserForm(String username, String displayName, String email, String position, Long departmentId,
                           Set<String> roles) implements Serializable {
    }

    /** An invitation sent (or not: then the link is to be passed on by hand). */
    public record Invited(String username, String link, boolean mailSent) implements Serializable {

        public String getLink() {
            return link;
        }

        public boolean isMailSent() {
            return mailSent;
        }
    }

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Permissions permissions;

    @EJB
    UserAccounts userAccounts;

    @EJB
    Invitations invitations;

    @EJB
    SignedInSessions sessions;

    @EJB
    AuditTrail auditTrail;

    @EJB
    TenantRegistry registry;

    @Inject
    InvitationMail mail;

    @Inject
    CurrentTenant currentTenant;

    public List<UserAccount> users() {
        permissions.check(AccessModules.USERS, PermissionAction.VIEW, null);
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    public List<Role> roles() {
        permissions.check(AccessModules.USERS, PermissionAction.VIEW, null);
        return em.createNamedQuery("Role.findAll", Role.class).getResultList();
    }

    public List<Department> departments() {
        permissions.check(AccessModules.USERS, PermissionAction.VIEW, null);
        return em.createNamedQuery("Department.findActive", Department.class).getResultList();
    }

    public Invited invite(UserForm form, Locale language) {
        permissions.check(AccessModules.USERS, PermissionAction.CREATE, null);
        String username = form.username() == null ? "" : form.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessRuleException("user.username.invalid", "username");
        }
        checkDetails(form);
        UserAccount account = userAccounts.create(username, form.displayName().strip(), form.email().strip(),
                department(form.departmentId()), form.roles());
        // the position too, which creating does not take
        account.change(form.displayName().strip(), form.email().strip(), Trimmed.orNull(form.position()),
                department(form.departmentId()), form.roles());
        em.flush();
        auditTrail.recordChange(AccessModules.USERS, account.getId(), null, account.snapshot());
        return sendInvitation(account, language);
    }

    public void update(UserForm form) {
        UserAccount account = find(form.username());
        permissions.check(AccessModules.USERS, PermissionAction.EDIT, account.getId());
        checkDetails(form);
        if (isMe(account) && !form.roles().contains(Role.TENANT_ADMIN) && account.roles().contains(Role.TENANT_ADMIN)) {
            throw new BusinessRuleException("user.keepOwnAdministration", "roles");
        }
        Map<String, String> before = account.snapshot();
        account.change(form.displayName().strip(), form.email().strip(), Trimmed.orNull(form.position()),
                department(form.departmentId()), form.roles());
        auditTrail.recordChange(AccessModules.USERS, account.getId(), before, account.snapshot());
    }

    /** The user can no longer sign in, and is signed out everywhere now. */
    public void disable(String username) {
        UserAccount account = find(username);
        permissions.check(AccessModules.USERS, PermissionAction.EDIT, account.getId());
        if (isMe(account)) {
            throw new BusinessRuleException("user.notYourself", null);
        }
        Map<String, String> before = account.snapshot();
        account.disable();
        sessions.endAll(new TenantUser(username, currentTenant.require()), SignedInSession.EndReason.ENDED_BY_ADMIN);
        auditTrail.recordChange(AccessModules.USERS, account.getId(), before, account.snapshot());
    }

    public void enable(String username) {
        UserAccount account = find(username);
        permissions.check(AccessModules.USERS, PermissionAction.EDIT, account.getId());
        Map<String, String> before = account.snapshot();
        account.enable();
        auditTrail.recordChange(AccessModules.USERS, account.getId(), before, account.snapshot());
    }

    /** Forgets the user's password, signs them out, and invites them to set a new one. */
    public Invited resetPassword(String username, Locale language) {
        UserAccount account = find(username);
        permissions.check(AccessModules.USERS, PermissionAction.EDIT, account.getId());
        if (account.getEmail() == null || account.getEmail().isBlank()) {
            throw new BusinessRuleException("user.email.invalid", "email");
        }
        account.clearPassword();
        sessions.endAll(new TenantUser(username, currentTenant.require()), SignedInSession.EndReason.ENDED_BY_ADMIN);
        auditTrail.recordChange(AccessModules.USERS, account.getId(), Map.of("password", "***"), Map.of("password", "reset"));
        return sendInvitation(account, language);
    }

    private Invited sendInvitation(UserAccount account, Locale language) {
        String token = invitations.issue(currentTenant.require(), account.getUsername(), account.getEmail());
        String company = registry.find(currentTenant.require()).map(tenant -> tenant.getName()).orElse("");
        boolean sent = false;
        try {
            mail.send(account.getEmail(), account.getDisplayName(), company, currentTenant.require().value(),
                    account.getUsername(), token, language);
            sent = true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Invitation mail to " + account.getUsername() + " not sent", e);
        }
        return new Invited(account.getUsername(), mail.link(token), sent);
    }

    private void checkDetails(UserForm form) {
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().length() > 100) {
            throw new BusinessRuleException("user.displayName.invalid", "displayName");
        }
        if (form.email() == null || !EmailAddress.isValid(form.email().strip())) {
            throw new BusinessRuleException("user.email.invalid", "email");
        }
        if (form.position() != null && form.position().length() > 60) {
            throw new BusinessRuleException("user.position.invalid", "position");
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new BusinessRuleException("user.roles.required", "roles");
        }
        Set<String> known = em.createNamedQuery("Role.findAll", Role.class).getResultStream().map(Role::getCode)
                .collect(Collectors.toSet());
        if (!known.containsAll(form.roles())) {
            throw new BusinessRuleException("user.roles.unknown", "roles");
        }
    }

    private Department department(Long id) {
        if (id == null) {
            return null;
        }
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new BusinessRuleException("department.parent.unknown", "department");
        }
        return department;
    }

    private UserAccount find(String username) {
        return userAccounts.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new RecordNotFoundException(UserAccount.class, username));
    }

    private boolean isMe(UserAccount account) {
        return currentTenant.currentUser().map(TenantUser::username).filter(account.getUsername()::equals).isPresent();
    }

}
