/**
 * Quotas (定额, BAS-02, ORG-02, ORG-05): limits on sales amount, expense and head count for a
 * sales organisation or a rep over a period, and the verdict of a check against one.
 */
package com.tianzong.crm.salesforce.domain.quota;
