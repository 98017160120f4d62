package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.persistence.Trimmed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person at a customer (联系人, CUS-02): role, phones, e-mail, birthday and preferences. A
 * contact belongs to its customer's rep and department, and follows the customer when it is
 * handed to another rep.
 */
@Entity
@Table(name = "contact")
public class Contact extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 50)
    @Column(name = "name", nullable = false)
    private String name;

    @Size(max = 50)
    @Column(name = "title")
    private String title;

    @Column(name = "contact_role")
    private String contactRole;

    /** A mainland mobile number: 11 digits starting with 1, optionally with +86. */
    @Pattern(regexp = "((\\+?86)?1[3-9][0-9]{9})?", message = "{contact.mobile.pattern}")
    @Column(name = "mobile")
    private String mobile;

    @Size(max = 40)
    @Pattern(regexp = "[0-9+\\-() ]*", message = "{customer.phone.pattern}")
    @Column(name = "phone")
    private String phone;

    @Size(max = 100)
    @Pattern(regexp = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?", message = "{contact.email.pattern}")
    @Column(name = "email")
    private String email;

    @Past
    @Column(name = "birthday")
    private LocalDate birthday;

    @Size(max = 500)
    @Column(name = "preferences", nullable = false)
    private String preferences = "";

    @Column(name = "primary_contact", nullable = false)
    private boolean primaryContact;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Trimmed.orNull(name);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Trimmed.orNull(title);
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = Trimmed.orNull(contactRole);
    }

    public String getMobile() {
        return mobile;
    }

    /** Spaces and dashes people type into mobile numbers are dropped. */
    public void setMobile(String mobile) {
        this.mobile = mobile == null ? null : Trimmed.orNull(mobile.replaceAll("[\\s\\-]", ""));
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Trimmed.orNull(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : Trimmed.orNull(email.toLowerCase(java.util.Locale.ROOT));
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    public String getPreferences() {
        return preferences;
    }

    public void setPreferences(String preferences) {
        this.preferences = preferences == null ? "" : preferences.strip();
    }

    public boolean isPrimaryContact() {
        return primaryContact;
    }

    public void setPrimaryContact(boolean primaryContact) {
        this.primaryContact = primaryContact;
    }
}
