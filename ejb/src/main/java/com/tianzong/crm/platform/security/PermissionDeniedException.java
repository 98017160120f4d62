package com.tianzong.crm.platform.security;

import jakarta.ejb.ApplicationException;

/** The user's roles do not allow this action on this module; nothing was changed. */
@ApplicationException(rollback = true)
public class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String module;
    private final PermissionAction action;

    public PermissionDeniedException(String module, PermissionAction action) {
        super("No permission to " + action + " " + module);
        this.module = module;
        this.action = action;
    }

    public String getModule() {
        return module;
    }

    public PermissionAction getAction() {
        return action;
    }
}
