package com.tianzong.crm.platform.identity;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A member of a tenant's staff who signs in to the product. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "select u from UserAccount u order by u.username")
@NamedQuery(name = "UserAccount.findEnabled",
        query = "select u from UserAccount u where u.enabled = true order by u.displayName")
@NamedQuery(name = "UserAccount.findWithUnsetPassword",
        query = "select u from UserAccount u where u.passwordHash = '" + UserAccount.UNSET_PASSWORD + "'")
public class UserAccount extends TenantRecord {

    private static final long serialVersionUID = 1L;
    /** Marks an account whose password has not been chosen yet; it can never match a hash. */
    public static final String UNSET_PASSWORD = "UNSET";

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "role_codes", nullable = false)
    private String roleCodes = "";

    @Column(name = "locale", nullable = false)
    private String locale = "zh_CN";

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "position")
    private String position;

    @Column(name = "password_changed_at")
    private java.time.OffsetDateTime passwordChangedAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Department department, Set<String> roles) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.department = department;
        this.roleCodes = String.join(",", roles);
        this.passwordHash = UNSET_PASSWORD;
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.passwordChangedAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }

    public java.time.Instant getPasswordChangedAt() {
        return passwordChangedAt == null ? null : passwordChangedAt.toInstant();
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    /** The administrator's changes: name, e-mail, position, department and roles. */
    public void change(String newDisplayName, String newEmail, String newPosition, Department newDepartment, Set<String> newRoles) {
        this.displayName = Objects.requireNonNull(newDisplayName);
        this.email = newEmail;
        this.position = newPosition;
        this.department = newDepartment;
        this.roleCodes = String.join(",", new java.util.TreeSet<>(newRoles));
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** Forgets the password: the user sets a new one from an invitation. */
    public void clearPassword() {
        passwordHash = UNSET_PASSWORD;
        passwordChangedAt = null;
    }

    public String getPosition() {
        return position;
    }

    /** As the audit trail shows it. */
    public java.util.Map<String, String> snapshot() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("position", position);
        fields.put("department", department == null ? null : department.getName());
        fields.put("roles", String.join(",", new java.util.TreeSet<>(roles())));
        fields.put("enabled", Boolean.toString(enabled));
        return fields;
    }

    public void moveTo(Department newDepartment) {
        this.department = newDepartment;
    }

    public void preferLocale(String localeTag) {
        this.locale = Objects.requireNonNull(localeTag);
    }

    public Set<String> roles() {
        return Arrays.stream(roleCodes.split(","))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasPassword() {
        return !UNSET_PASSWORD.equals(passwordHash);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Department getDepartment() {
        return department;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
