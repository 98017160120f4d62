/** Use cases of the customer file. */
package com.tianzong.crm.customer.application;
