/**
 * Full-text search (PLT-11): one Lucene index on disk, per-tenant documents, kept in step after
 * every committed change of an indexed record type, read with the caller's permissions and data
 * scope.
 */
package com.tianzong.crm.platform.search;
