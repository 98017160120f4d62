/**
 * Data scope (分级查看, PLT-05): which of a tenant's scoped records a user may see, decided per
 * role and record type and applied in one place, the generic record service.
 */
package com.tianzong.crm.platform.security;
