package com.tianzong.crm.salesforce.domain;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.TimestampedRecord;
import com.tianzong.crm.platform.security.Owned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A salesperson's file (业务员档案, ORG-04): the person behind a user account, with department,
 * position, grade and employment dates. It belongs to that account, so a rep sees his own file
 * and a manager the files of his departments (PLT-05).
 */
@Entity
@Table(name = "sales_rep")
public class SalesRep extends TimestampedRecord implements Owned {

    private static final long serialVersionUID = 1L;

    public static final String LEFT = "LEFT";

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{customer.code.pattern}")
    @Column(name = "employee_no", nullable = false)
    private String employeeNo;

    @NotBlank
    @Size(max = 50)
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "gender")
    private String gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+\\- ()]*", message = "{customer.phone.pattern}")
    @Column(name = "mobile")
    private String mobile;

    @Size(max = 200)
    @Email
    @Column(name = "email")
    private String email;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private SalesPosition position;

    @Column(name = "grade")
    private String grade;

    @NotNull
    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @NotBlank
    @Column(name = "status", nullable = false)
    private String status = "ACTIVE";

    @Column(name = "leave_date")
    private LocalDate leaveDate;

    @Column(name = "education")
    private String education;

    @Size(max = 200)
    @Column(name = "address")
    private String address;

    @Size(max = 100)
    @Column(name = "emergency_contact")
    private String emergencyContact;

    @Size(max = 2000)
    @Column(name = "notes", nullable = false)
    private String notes = "";

    /** Whether the rep works here on {@code day}: hired by then and not yet gone. */
    public boolean isEmployedOn(LocalDate day) {
        return !hireDate.isAfter(day) && (leaveDate == null || leaveDate.isAfter(day));
    }

    @Override
    public void assignTo(UserAccount account, Department dept) {
        this.owner = account;
        this.department = dept != null ? dept : account == null ? null : account.getDepartment();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo == null ? null : employeeNo.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = optional(gender);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = optional(mobile);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = optional(email);
    }

    @Override
    public UserAccount getOwner() {
        return owner;
    }

    public void setOwner(UserAccount owner) {
        this.owner = owner;
    }

    @Override
    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public SalesPosition getPosition() {
        return position;
    }

    public void setPosition(SalesPosition position) {
        this.position = position;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = optional(grade);
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getLeaveDate() {
        return leaveDate;
    }

    public void setLeaveDate(LocalDate leaveDate) {
        this.leaveDate = leaveDate;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = optional(education);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = optional(address);
    }

    public String getEmergencyContact() {
        return emergencyContact;
    }

    public void setEmergencyContact(String emergencyContact) {
        this.emergencyContact = optional(emergencyContact);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes.strip();
    }

    @Override
    public String toString() {
        return name;
    }
}
