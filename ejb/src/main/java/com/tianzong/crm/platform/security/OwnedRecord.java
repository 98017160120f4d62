package com.tianzong.crm.platform.security;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.TimestampedRecord;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A timestamped record that belongs to a rep and a department (columns {@code owner_id},
 * {@code department_id}) and so falls under the data scope.
 */
@MappedSuperclass
public abstract class OwnedRecord extends TimestampedRecord implements Owned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

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

    @Override
    public void assignTo(UserAccount account, Department dept) {
        this.owner = account;
        this.department = dept != null ? dept : account == null ? null : account.getDepartment();
    }
}
