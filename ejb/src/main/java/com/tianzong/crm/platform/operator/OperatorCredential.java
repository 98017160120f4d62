package com.tianzong.crm.platform.operator;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;

/** What an operator types at the console's sign-in: user name and password. */
public class OperatorCredential implements Credential {

    private final String username;
    private final Password password;

    public OperatorCredential(String username, String password) {
        this.username = username == null ? "" : username.trim();
        this.password = new Password(password == null ? "" : password);
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
