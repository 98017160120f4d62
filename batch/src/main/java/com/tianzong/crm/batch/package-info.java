/**
 * Jakarta Batch jobs (BAT-01..04). Every job runs for exactly one tenant, named by the job
 * parameter {@value com.tianzong.crm.batch.TenantJobs#TENANT_PARAMETER}.
 */
package com.tianzong.crm.batch;
