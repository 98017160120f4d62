/**
 * Tenancy (PLT-01): which company a piece of work belongs to, and the one place where that
 * choice reaches the persistence layer. Business code never passes a tenant around and never
 * builds schema names into SQL.
 */
package com.tianzong.crm.platform.tenancy;
