/**
 * Bringing companies onto the platform and people into companies (TEN-01, TEN-02): onboarding
 * a tenant with its administrator, invitations by e-mail to set a first password, the tenant
 * list's figures, and deleting a tenant. Operators' actions are written to the operator audit.
 */
package com.tianzong.crm.platform.onboarding;
