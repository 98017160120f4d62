package com.tianzong.crm.batch;

import com.tianzong.crm.platform.onboarding.RunningJobs;
import com.tianzong.crm.platform.tenancy.TenantCode;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.Objects;
import java.util.Properties;

/**
 * Starts batch jobs for one tenant. The tenant travels as a job parameter (never as thread
 * state), so a restarted execution runs for the same tenant as the one it continues.
 */
@Stateless
public class TenantJobs {

    public static final String TENANT_PARAMETER = RunningJobs.TENANT_PARAMETER;

    public long start(String jobName, TenantCode tenant, Properties parameters) {
        return BatchRuntime.getJobOperator().start(jobName, parametersFor(tenant, parameters));
    }

    public JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** The job parameters with the tenant added; a caller cannot override it with its own value. */
    public static Properties parametersFor(TenantCode tenant, Properties parameters) {
        Objects.requireNonNull(tenant, "tenant");
        Properties all = new Properties();
        if (parameters != null) {
            all.putAll(parameters);
        }
        all.setProperty(TENANT_PARAMETER, tenant.value());
        return all;
    }

    /** The tenant a running job works for; a job without a valid tenant parameter refuses to run. */
    public static TenantCode tenantOf(Properties jobParameters) {
        String value = jobParameters == null ? null : jobParameters.getProperty(TENANT_PARAMETER);
        return TenantCode.parse(value).orElseThrow(() ->
                new IllegalArgumentException("Job parameter '" + TENANT_PARAMETER + "' is missing or invalid: " + value));
    }
}
