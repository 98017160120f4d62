/** The audit trail (PLT-09): who changed which field of which record, when, from what to what. */
package com.tianzong.crm.platform.audit;
