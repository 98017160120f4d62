/** The tenant users' browser UI (PLT-02/03): the shell, sign-in and the generic record pages. */
package com.tianzong.crm.web;
