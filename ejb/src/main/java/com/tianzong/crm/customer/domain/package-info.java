/** Customers (CUS): the customer file and, later, contacts, interactions, services, complaints. */
package com.tianzong.crm.customer.domain;
