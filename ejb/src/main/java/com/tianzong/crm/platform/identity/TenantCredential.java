package com.tianzong.crm.platform.identity;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;

/** What a user types at sign-in: company code, user name, password. */
public class TenantCredential implements Credential {

    private final String companyCode;
    private final String username;
    private final Password password;

    public TenantCredential(String companyCode, String username, String password) {
        this.companyCode = companyCode == null ? "" : companyCode.trim();
        this.username = username == null ? "" : username.trim();
        this.password = new Password(password == null ? "" : password);
    }

    public String getCompanyCode() {
        return companyCode;
    }

    public String getUsername() {
        return username;
    }

    public Password getPassword() {
        return password;
    }

    @Override
    public void clear() {
        password.clear();
    }
}
