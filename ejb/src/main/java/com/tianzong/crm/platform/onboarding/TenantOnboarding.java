package com.tianzong.crm.platform.onboarding;

import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.identity.SignedInSessions;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.operator.OperatorAudit;
import com.tianzong.crm.platform.operator.OperatorAuditEntry;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.Role;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's side of a tenant's life (TEN-01): onboarding (schema, default data, the
 * company's administrator, an invitation by e-mail) and deletion. Each step is reported as it
 * starts; a failure before the end leaves no tenant behind. Both are written to the operator audit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantOnboarding {

    private static final Logger LOG = Logger.getLogger(TenantOnboarding.class.getName());
    public static final String ADMIN_USERNAME = "admin";

    public enum Step { CHECK, SCHEMA, ADMINISTRATOR, INVITATION, MAIL, DONE }

    /** The outcome: the tenant, the invitation link, and whether the mail went out (and why not). */
    public record Onboarded(String code, String name, String adminEmail, String invitationLink, boolean mailSent,
                            String mailError) implements Serializable {

        public String getInvitationLink() {
            return invitationLink;
        }

        public boolean isMailSent() {
            return mailSent;
        }

        public String getAdminEmail() {
            return adminEmail;
        }

        public String getCode() {
            return code;
        }
    }

    @EJB
    TenantRegistry registry;

    @EJB
    TenantProvisioning provisioning;

    @EJB
    UserAccounts userAccounts;

    @EJB
    Invitations invitations;

    @EJB
    OperatorAudit audit;

    @EJB
    SignedInSessions sessions;

    @Inject
    InvitationMail mail;

    public Onboarded onboard(NewTenant request, String operator, Consumer<Step> progress) {
        long started = System.nanoTime();
        progress.accept(Step.CHECK);
        TenantCode code = request.check();
        if (registry.find(code).isPresent()) {
            throw new BusinessRuleException("tenant.code.taken", "code", code.value());
        }
        progress.accept(Step.SCHEMA);
        String[] token = new String[1];
        Tenant tenant = provisioning.provision(code, request.name(), request.plan(), created -> {
            progress.accept(Step.ADMINISTRATOR);
            TenantContext.runAs(created, () -> userAccounts.create(ADMIN_USERNAME, request.adminName(), request.adminEmail(),
                    null, Set.of(Role.TENANT_ADMIN)));
            progress.accept(Step.INVITATION);
            token[0] = invitations.issue(created, ADMIN_USERNAME, request.adminEmail());
        });
        audit.record(operator, OperatorAuditEntry.Action.CREATE, code.value(), request.name() + " · " + request.plan());
        progress.accept(Step.MAIL);
        boolean sent = false;
        String error = null;
        try {
            mail.send(request.adminEmail(), request.adminName(), tenant.getName(), code.value(), ADMIN_USERNAME, token[0],
                    Locale.SIMPLIFIED_CHINESE);
            sent = true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Invitation mail for tenant " + code + " not sent", e);
            error = e.getMessage();
        }
        progress.accept(Step.DONE);
        LOG.info(String.format("Tenant %s onboarded in %d ms (schema, default data, administrator, invitation, mail)",
                code, (System.nanoTime() - started) / 1_000_000));
        return new Onboarded(code.value(), tenant.getName(), request.adminEmail(), mail.link(token[0]), sent, error);
    }

    /**
     * Deletes a tenant for good: schema, registration and sessions. The operator must type the
     * tenant's code to confirm; a tenant with running jobs is not deleted.
     */
    public void delete(String code, String typedConfirmation, String operator) {
        TenantCode tenant = TenantCode.parse(code).filter(c -> registry.find(c).isPresent())
                .orElseThrow(() -> new BusinessRuleException("tenant.notFound", "code"));
        if (!tenant.value().equals(typedConfirmation == null ? "" : typedConfirmation.strip())) {
            audit.record(operator, OperatorAuditEntry.Action.DELETE_REFUSED, tenant.value(), "confirmation did not match");
            throw new BusinessRuleException("tenant.delete.confirmMismatch", "confirmation", tenant.value());
        }
        long running = RunningJobs.of(tenant);
        if (running > 0) {
            audit.record(operator, OperatorAuditEntry.Action.DELETE_REFUSED, tenant.value(), running + " running jobs");
            throw new BusinessRuleException("tenant.delete.jobsRunning", null, Long.toString(running));
        }
        String name = registry.find(tenant).map(Tenant::getName).orElse("");
        sessions.endAllOf(tenant, SignedInSession.EndReason.ENDED_BY_ADMIN);
        provisioning.remove(tenant);
        audit.record(operator, OperatorAuditEntry.Action.DELETE, tenant.value(), name);
    }
}
