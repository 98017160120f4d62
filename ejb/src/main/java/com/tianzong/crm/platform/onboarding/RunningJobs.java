package com.tianzong.crm.platform.onboarding;

import com.tianzong.crm.platform.tenancy.TenantCode;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import java.util.Properties;

/** Whether batch jobs of a tenant are running (a tenant is not deleted under them). */
public final class RunningJobs {

    /** The job parameter that names a job's tenant (see the batch module's {@code TenantJobs}). */
    public static final String TENANT_PARAMETER = "tenant";

    private RunningJobs() {
    }

    public static long of(TenantCode tenant) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        long running = 0;
        for (String job : jobs.getJobNames()) {
            try {
                for (Long execution : jobs.getRunningExecutions(job)) {
                    Properties parameters = jobs.getParameters(execution);
                    if (parameters != null && tenant.value().equals(parameters.getProperty(TENANT_PARAMETER))) {
                        running++;
                    }
                }
            } catch (NoSuchJobException finished) {
                // no execution of that job is running any more
            }
        }
        return running;
    }
}
