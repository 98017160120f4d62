/** Paged, sorted, filtered queries over tenant records, as lists in the UI and exports ask for them. */
package com.tianzong.crm.platform.query;
