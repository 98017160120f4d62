/** Uploaded tables (CSV, Excel) for the generic import (PLT-10): checked, read, matched to fields. */
package com.tianzong.crm.web.importing;
