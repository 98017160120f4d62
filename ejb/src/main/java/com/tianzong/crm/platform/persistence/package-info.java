/** Persistence building blocks shared by every tenant record type. */
package com.tianzong.crm.platform.persistence;
