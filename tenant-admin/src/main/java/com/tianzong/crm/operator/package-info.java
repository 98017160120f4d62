/** The operators' console (TEN-01): tenants, their health, their jobs. */
package com.tianzong.crm.operator;
