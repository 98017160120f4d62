package com.tianzong.crm.platform.onboarding;

import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Invitations to set a first password (TEN-02). The token (256 random bits) travels only in the
 * link sent by e-mail; the database keeps its SHA-256, so a copy of the database opens no
 * account. An invitation is good for seven days and once.
 */
@Stateless
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    UserAccounts userAccounts;

    @EJB
    TenantRegistry registry;

    /** A new invitation for the user; returns the token for the link (it is not kept). */
    public String issue(TenantCode tenant, String username, String email) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(new Invitation(hash(token), tenant.value(), username, email, now, now.plus(VALID_FOR)));
        return token;
    }

    /** The invitation of a token, if it is still good: not used, not expired, its company active. */
    public Optional<Invitation> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return em.createNamedQuery("Invitation.byTokenHash", Invitation.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst()
                .filter(invitation -> invitation.isUsable(now))
                .filter(invitation -> TenantCode.parse(invitation.getTenantCode())
                        .flatMap(registry::find).map(tenant -> tenant.isActive()).orElse(false));
    }

    /** Sets the invited user's first password (the company's rules apply) and uses the invitation up. */
    public Invitation accept(String token, char[] password) {
        Invitation invitation = find(token).orElseThrow(() -> new BusinessRuleException("invitation.invalid", null));
        TenantCode tenant = TenantCode.of(invitation.getTenantCode());
        TenantContext.runAs(tenant, () -> userAccounts.setPasswordByInvitation(invitation.getUsername(), password));
        invitation.accept(OffsetDateTime.now(ZoneOffset.UTC));
        return invitation;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
