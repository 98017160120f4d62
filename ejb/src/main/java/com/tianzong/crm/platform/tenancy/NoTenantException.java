package com.tianzong.crm.platform.tenancy;

/**
 * Work on tenant data was started without a tenant: no signed-in tenant user and no explicit
 * {@link TenantContext#callAs} around it. Fails closed instead of EclipseLink's obscure
 * "pkElementArray is null".
 */
public class NoTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoTenantException(String message) {
        super(message);
    }
}
