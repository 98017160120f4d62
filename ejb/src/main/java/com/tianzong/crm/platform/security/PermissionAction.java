package com.tianzong.crm.platform.security;

/** What a role may be allowed to do on a module. */
public enum PermissionAction {
    VIEW, CREATE, EDIT, DELETE, EXPORT, APPROVE, ASSIGN
}
