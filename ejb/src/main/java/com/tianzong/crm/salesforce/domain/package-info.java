/** The sales organisation (ORG-01): departments as a tree, reps, positions. */
package com.tianzong.crm.salesforce.domain;
