/** Use cases of the sales organisation. */
package com.tianzong.crm.salesforce.application;
