package com.tianzong.crm.platform.tenancy;

import jakarta.ejb.ApplicationException;

/** A tenant with this code is already registered. */
@ApplicationException(rollback = true)
public class TenantExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantExistsException(TenantCode code) {
        super("A tenant with code " + code + " already exists");
    }
}
