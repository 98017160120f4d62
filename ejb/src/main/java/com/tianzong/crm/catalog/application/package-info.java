/** Use cases of the product file, and its record types for the generic pages. */
package com.tianzong.crm.catalog.application;
