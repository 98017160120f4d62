/** Pages of the customer module beyond the generic ones: the due and overdue visits. */
package com.tianzong.crm.web.customer;
