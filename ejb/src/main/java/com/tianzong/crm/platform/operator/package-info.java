/**
 * Platform operators (TEN-01): their accounts in the platform schema and how they sign in to
 * the operator console. An operator is never a tenant user and reaches no tenant's data.
 */
package com.tianzong.crm.platform.operator;
