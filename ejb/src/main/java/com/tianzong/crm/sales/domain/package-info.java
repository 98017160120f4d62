/**
 * The sales documents' domain (SAL-01..10): quotes, orders, shipments, invoices, returns,
 * receipts. Money is {@link java.math.BigDecimal} at scale 2, rounded half up once per line.
 */
package com.tianzong.crm.sales.domain;
