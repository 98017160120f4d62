package com.tianzong.crm.operator.console;

import com.tianzong.crm.platform.onboarding.NewTenant;
import com.tianzong.crm.platform.onboarding.TenantArchive;
import com.tianzong.crm.platform.onboarding.TenantOnboarding;
import com.tianzong.crm.platform.onboarding.TenantStatistics;
import com.tianzong.crm.platform.operator.OperatorAudit;
import com.tianzong.crm.platform.operator.OperatorAuditEntry;
import com.tianzong.crm.platform.operator.OperatorPrincipal;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.search.SearchIndexAdministration;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantMigrationRun;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The operator console (TEN-01): every subscribing company with its users, data size and last
 * activity; onboarding a new one with its progress; suspend, resume, and delete after typing the
 * company code; the operators' own audit trail.
 */
@Named("tenantsConsole")
@ViewScoped
public class TenantsConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    transient TenantRegistry registry;

    @EJB
    transient TenantStatistics statistics;

    @EJB
    transient TenantOnboarding onboarding;

    @EJB
    transient OperatorAudit audit;

    @Resource
    transient ManagedExecutorService executor;

    @jakarta.inject.Inject
    transient TenantMigrationRun migrationRun;

    @EJB
    transient TenantArchive archive;

    @EJB
    transient SearchIndexAdministration searchIndex;

    private String importCode;
    private String importName;
    private transient org.primefaces.model.file.UploadedFile archiveFile;

    private transient List<Tenant> tenants;
    private transient Map<String, TenantStatistics.Figures> figures;
    private transient List<OperatorAuditEntry> auditEntries;

    private String code;
    private String name;
    private String plan = "STANDARD";
    private String adminName;
    private String adminEmail;
    private final AtomicReference<TenantOnboarding.Step> step = new AtomicReference<>();
    private transient Future<TenantOnboarding.Onboarded> running;
    private TenantOnboarding.Onboarded onboarded;

    private String deleting;
    private String confirmation;

    public List<Tenant> getTenants() {
        if (tenants == null) {
            tenants = registry.findAll();
        }
        return tenants;
    }

    public TenantStatistics.Figures figuresOf(Tenant tenant) {
        if (figures == null) {
            figures = statistics.all();
        }
        return figures.getOrDefault(tenant.getCode().value(), new TenantStatistics.Figures(0, 0, null));
    }

    public List<OperatorAuditEntry> getAuditEntries() {
        if (auditEntries == null) {
            auditEntries = audit.recent(20);
        }
        return auditEntries;
    }

    public String getOperatorName() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "" : OperatorPrincipal.usernameOf(principal.getName()).orElse("");
    }

    /** Checks the request at once (so mistakes show beside the form), then onboards on another thread. */
    public void create() {
        NewTenant request = new NewTenant(code, name, plan, adminName, adminEmail);
        try {
            TenantCode tenant = request.check();
            if (registry.find(tenant).isPresent()) {
                throw new BusinessRuleException("tenant.code.taken", "code", tenant.value());
            }
        } catch (BusinessRuleException rule) {
            ConsoleTexts.error(rule.getMessageKey(), rule.getArguments().toArray());
            return;
        }
        String operator = getOperatorName();
        onboarded = null;
        step.set(TenantOnboarding.Step.CHECK);
        AtomicReference<TenantOnboarding.Step> tracker = step;
        running = executor.submit(() -> onboarding.onboard(request, operator, tracker::set));
    }

    /** Polled while onboarding runs. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            onboarded = running.get();
            ConsoleTexts.info("onboarding.done", onboarded.code());
            code = null;
            name = null;
            adminName = null;
            adminEmail = null;
            plan = "STANDARD";
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof BusinessRuleException rule) {
                ConsoleTexts.error(rule.getMessageKey(), rule.getArguments().toArray());
            } else {
                ConsoleTexts.error("onboarding.failed");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
            step.set(null);
            refresh();
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public List<TenantOnboarding.Step> getSteps() {
        return Arrays.asList(TenantOnboarding.Step.values());
    }

    /** done, current or waiting, for the progress list. */
    public String stepState(TenantOnboarding.Step candidate) {
        TenantOnboarding.Step current = step.get();
        if (current == null) {
            return "waiting";
        }
        return candidate.ordinal() < current.ordinal() ? "done" : candidate == current ? "current" : "waiting";
    }

    public int getProgressPercent() {
        TenantOnboarding.Step current = step.get();
        return current == null ? 0 : current.ordinal() * 100 / (TenantOnboarding.Step.values().length - 1);
    }

    /** The tenant's data as a zip, written straight to the download. */
    public org.primefaces.model.StreamedContent export(String tenantCode) {
        String operator = getOperatorName();
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(tenantCode + "-" + java.time.LocalDate.now(CHINA) + ".zip")
                .contentType("application/zip")
                .writer(out -> {
                    try {
                        archive.export(tenantCode, out, operator);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** Restores an uploaded archive as a new tenant under the code (and name) entered. */
    public void importArchive() {
        if (archiveFile == null || archiveFile.getSize() == 0) {
            ConsoleTexts.error("archive.invalid");
            return;
        }
        try {
            Tenant restored = archive.importAs(archiveFile.getInputStream(), importCode, importName, getOperatorName());
            ConsoleTexts.info("archive.imported", restored.getCode().value());
            importCode = null;
            importName = null;
        } catch (BusinessRuleException rule) {
            ConsoleTexts.error(rule.getMessageKey(), rule.getArguments().toArray());
        } catch (java.io.IOException e) {
            ConsoleTexts.error("archive.invalid");
        } finally {
            refresh();
        }
    }

    public org.primefaces.model.file.UploadedFile getArchiveFile() {
        return archiveFile;
    }

    public void setArchiveFile(org.primefaces.model.file.UploadedFile archiveFile) {
        this.archiveFile = archiveFile;
    }

    public String getImportCode() {
        return importCode;
    }

    public void setImportCode(String importCode) {
        this.importCode = importCode;
    }

    public String getImportName() {
        return importName;
    }

    public void setImportName(String importName) {
        this.importName = importName;
    }

    /** The last (or the running) upgrade of all tenant schemas. */
    public TenantMigrationRun.Progress getMigration() {
        return migrationRun.progress();
    }

    /** Upgrades every tenant schema again, e.g. after a failed one was repaired. */
    public void upgradeAll() {
        if (!migrationRun.progress().isRunning()) {
            executor.submit(() -> migrationRun.run(4));
            ConsoleTexts.info("migration.started");
        }
    }

    public void pollMigration() {
        if (!migrationRun.progress().isRunning()) {
            refresh();
        }
    }

    public void suspend(String tenantCode) {
        registry.suspend(TenantCode.of(tenantCode));
        audit.record(getOperatorName(), OperatorAuditEntry.Action.SUSPEND, tenantCode, null);
        ConsoleTexts.info("tenants.suspended", tenantCode);
        refresh();
    }

    /** Rebuilds the company's search index (PLT-11): for an index directory lost or restored from an old backup. */
    public void reindex(String tenantCode) {
        SearchIndexAdministration.Rebuilt done = searchIndex.rebuild(tenantCode, getOperatorName());
        ConsoleTexts.info("tenants.reindexed", tenantCode, Long.toString(done.documents()), Long.toString(done.millis()));
        refresh();
    }

    public void resume(String tenantCode) {
        registry.resume(TenantCode.of(tenantCode));
        audit.record(getOperatorName(), OperatorAuditEntry.Action.RESUME, tenantCode, null);
        ConsoleTexts.info("tenants.resumed", tenantCode);
        refresh();
    }

    public void askDelete(String tenantCode) {
        deleting = tenantCode;
        confirmation = null;
    }

    public void delete() {
        try {
            onboarding.delete(deleting, confirmation, getOperatorName());
            ConsoleTexts.info("tenants.deleted", deleting);
            deleting = null;
        } catch (BusinessRuleException rule) {
            ConsoleTexts.error(rule.getMessageKey(), rule.getArguments().toArray());
        } finally {
            confirmation = null;
            refresh();
        }
    }

    private void refresh() {
        tenants = null;
        figures = null;
        auditEntries = null;
    }

    public String timestamp(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(CHINA).format(TIMESTAMP);
    }

    public String instant(Instant time) {
        return time == null ? "" : time.atZone(CHINA).format(TIMESTAMP);
    }

    /** A size on disk as people read it: KB, MB or GB. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / 1024.0 / 1024.0 / 1024.0);
    }

    public String sizeOf(Tenant tenant) {
        return size(figuresOf(tenant).bytes());
    }

    public List<String> getPlans() {
        return List.of("STANDARD", "PROFESSIONAL", "ENTERPRISE");
    }

    public TenantOnboarding.Onboarded getOnboarded() {
        return onboarded;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getDeleting() {
        return deleting;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
