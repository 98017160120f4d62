/** The product file (BAS-01): products, their category tree and their price history. */
package com.tianzong.crm.catalog.domain;
