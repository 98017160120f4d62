package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.codelist.CodeItem;
import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The company's code lists (TEN-02): add values, rename them in three languages (the Traditional
 * name follows from the Simplified one when left empty), reorder, and retire or bring back a
 * value. Values are never deleted: records keep the codes they were saved with. Audited.
 */
@Stateless
@TenantAware
public class CodeListAdministration {

    public static final String MODULE = "codelist";

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Permissions permissions;

    @EJB
    AuditTrail auditTrail;

    public List<String> lists() {
        permissions.check(MODULE, PermissionAction.VIEW, null);
        return em.createNamedQuery("CodeItem.listCodes", String.class).getResultList();
    }

    /** Every value of the list, retired ones included. */
    public List<CodeItem> items(String listCode) {
        permissions.check(MODULE, PermissionAction.VIEW, null);
        return em.createNamedQuery("CodeItem.findByList", CodeItem.class).setParameter("list", listCode).getResultList();
    }

    public CodeItem add(String listCode, String code, String simplified, String traditional, String english, int sortOrder) {
        permissions.check(MODULE, PermissionAction.EDIT, null);
        if (!lists().contains(listCode)) {
            throw new BusinessRuleException("codelist.unknown", null);
        }
        String trimmed = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!trimmed.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new BusinessRuleException("codelist.code.invalid", "code");
        }
        if (items(listCode).stream().anyMatch(item -> item.getCode().equals(trimmed))) {
            throw new BusinessRuleException("codelist.code.taken", "code", trimmed);
        }
        CodeItem item = new CodeItem(listCode, trimmed, name(simplified, traditional, english), sortOrder);
        em.persist(item);
        em.flush();
        auditTrail.recordChange(MODULE, item.getId(), null, item.snapshot());
        return item;
    }

    public void change(long id, String simplified, String traditional, String english, int sortOrder) {
        LocalizedName name = name(simplified, traditional, english);
        change(id, item -> item.change(name, sortOrder));
    }

    public void retire(long id) {
        change(id, CodeItem::deactivate);
    }

    public void restore(long id) {
        change(id, CodeItem::activate);
    }

    private void change(long id, java.util.function.Consumer<CodeItem> change) {
        permissions.check(MODULE, PermissionAction.EDIT, id);
        CodeItem item = em.find(CodeItem.class, id);
        if (item == null) {
            throw new RecordNotFoundException(CodeItem.class, id);
        }
        Map<String, String> before = item.snapshot();
        change.accept(item);
        auditTrail.recordChange(MODULE, id, before, item.snapshot());
    }

    /** The three names; an empty Traditional name is converted from the Simplified one, an empty English one copies it. */
    private static LocalizedName name(String simplified, String traditional, String english) {
        LocalizedName name = LocalizedName.completing(simplified, traditional, english);
        if (name.getSimplified().isEmpty() || Stream.of(name.getSimplified(), name.getTraditional(), name.getEnglish())
                .anyMatch(text -> text.length() > 100)) {
            throw new BusinessRuleException("codelist.name.invalid", "simplified");
        }
        return name;
    }
}
