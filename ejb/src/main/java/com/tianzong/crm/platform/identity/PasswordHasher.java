package com.tianzong.crm.platform.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The platform's PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}) with the parameters we
 * choose: HMAC-SHA512, 210,000 iterations (OWASP's recommendation for this algorithm). The
 * stored form carries its own parameters, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the user does not exist, so that both cases take equally long. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        if (storedHash == null || UserAccount.UNSET_PASSWORD.equals(storedHash)) {
            pbkdf2.verify(password, decoy);
            return false;
        }
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the time of a real verification without any account; see {@link #decoy}. */
    public void verifyNothing(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
