/** Pages of the sales module beyond the generic record pages: the till (SAL-08). */
package com.tianzong.crm.web.sales;
