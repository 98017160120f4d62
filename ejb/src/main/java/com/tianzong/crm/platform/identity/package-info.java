/**
 * Who is signed in: tenant user accounts, the tenant-aware identity store behind Jakarta
 * Security, and password hashing with the platform's PBKDF2.
 */
package com.tianzong.crm.platform.identity;
