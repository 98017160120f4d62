package com.tianzong.crm.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * The one place where the tenant reaches persistence: at the start of every transaction of a
 * {@link TenantAware} service it sets the tenant's schema on the transaction's EntityManager,
 * which EclipseLink's table-per-tenant mapping uses for every table of a tenant entity.
 * A transaction belongs to exactly one tenant; a call that tries to switch tenant inside a
 * running transaction is refused.
 */
@TenantAware
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantSchemaInterceptor {

    /** EclipseLink's context property named by every tenant entity's discriminator. */
    public static final String SCHEMA_PROPERTY = "eclipselink.tenant-schema-id";
    private static final String TX_KEY = TenantSchemaInterceptor.class.getName();
    private static final Object DESCRIPTOR_SETUP = new Object();

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CurrentTenant currentTenant;

    @AroundInvoke
    public Object applyTenantSchema(InvocationContext invocation) throws Exception {
        TenantCode tenant = currentTenant.require();
        if (transactions.getTransactionKey() != null) {
            Object bound = transactions.getResource(TX_KEY);
            if (bound == null) {
                bind(tenant);
                transactions.putResource(TX_KEY, tenant);
            } else if (!bound.equals(tenant)) {
                throw new IllegalStateException("A transaction of tenant " + bound + " cannot work for tenant " + tenant);
            }
        }
        return invocation.proceed();
    }

    /**
     * Sets the schema and has EclipseLink set up the transaction's session at once, one
     * transaction at a time: setting it up initializes the session's copies of the tenant
     * descriptors, which share parts with each other (eclipselink#2406, see
     * {@link com.tianzong.crm.platform.persistence.TablePerTenantSessionCustomizer}).
     */
    private void bind(TenantCode tenant) {
        synchronized (DESCRIPTOR_SETUP) {
            em.setProperty(SCHEMA_PROPERTY, tenant.schemaName());
            em.unwrap(UnitOfWork.class);
        }
    }
}
