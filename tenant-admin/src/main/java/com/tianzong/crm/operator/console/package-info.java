/** The operator console's pages: sign-in and the tenant list with suspend and resume (TEN-01). */
package com.tianzong.crm.operator.console;
