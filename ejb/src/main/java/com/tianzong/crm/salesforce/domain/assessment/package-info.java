/**
 * Assessment (销售考核): indicators — qualitative ones scored by a manager against standards,
 * quantitative ones computed by a formula over metrics the system takes from the data (BAS-04).
 */
package com.tianzong.crm.salesforce.domain.assessment;
