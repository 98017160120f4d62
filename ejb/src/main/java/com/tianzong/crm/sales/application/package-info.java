/**
 * The sales pipeline's use cases (SAL-03 quotes, SAL-04 orders and shipments): record types,
 * the services holding their rules and commands, and the stock and credit they check and change.
 */
package com.tianzong.crm.sales.application;
