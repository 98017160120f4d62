/**
 * The tenant administrator's tools (PLT-05, PLT-09): which role may do what on which module and
 * with which data scope, the audit log search, the password and session policy, and the
 * company's active sessions. Every operation checks its own module's permission here, so the
 * pages only hide what the server refuses anyway.
 */
package com.tianzong.crm.platform.administration;
