package com.tianzong.crm.platform.onboarding;

import com.tianzong.crm.platform.identity.EmailAddress;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import java.io.Serializable;
import java.util.Set;

/** What an operator enters to onboard a company: its code, name and plan, and its administrator. */
public record NewTenant(String code, String name, String plan, String adminName, String adminEmail) implements Serializable {

    public static final Set<String> PLANS = Set.of("STANDARD", "PROFESSIONAL", "ENTERPRISE");

    public NewTenant {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        plan = plan == null ? "STANDARD" : plan;
        adminName = adminName == null ? "" : adminName.strip();
        adminEmail = adminEmail == null ? "" : adminEmail.strip();
    }

    /** The code as a tenant code; refuses with the first problem of the request. */
    public TenantCode check() {
        TenantCode tenant = TenantCode.parse(code).orElseThrow(() -> new BusinessRuleException("tenant.code.invalid", "code"));
        if (name.isEmpty() || name.length() > 200) {
            throw new BusinessRuleException("tenant.name.invalid", "name");
        }
        if (!PLANS.contains(plan)) {
            throw new BusinessRuleException("tenant.plan.invalid", "plan");
        }
        if (adminName.isEmpty() || adminName.length() > 100) {
            throw new BusinessRuleException("tenant.adminName.invalid", "adminName");
        }
        if (!EmailAddress.isValid(adminEmail)) {
            throw new BusinessRuleException("tenant.adminEmail.invalid", "adminEmail");
        }
        return tenant;
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public String getCode() {
        return code;
    }
}
