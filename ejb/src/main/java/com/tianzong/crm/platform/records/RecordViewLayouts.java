package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The related tabs of a 360 view as the signed-in user arranged them (PLT-06): which show and in
 * what order. Only tabs whose rows the user may read are offered at all; a tab that a later
 * module adds shows up for everyone, after the tabs they arranged.
 */
@Stateless
@TenantAware
public class RecordViewLayouts {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    RecordTypes recordTypes;

    @EJB
    UserAccounts userAccounts;

    @EJB
    Permissions permissions;

    /** One related tab of a view and whether the user shows it. */
    public record Tab(String name, boolean shown) implements Serializable {

        public String getName() {
            return name;
        }

        public boolean isShown() {
            return shown;
        }
    }

    /** The tabs the user shows, in the user's order. */
    public List<RelatedList> shownTabs(RecordType<?> type) {
        List<RelatedList> shown = new ArrayList<>();
        for (Tab tab : arrangement(type)) {
            if (tab.shown()) {
                type.relatedList(tab.name()).ifPresent(shown::add);
            }
        }
        return shown;
    }

    /** Every tab the user may have, in the user's order, each marked shown or not. */
    public List<Tab> arrangement(RecordType<?> type) {
        List<String> offered = type.relatedLists().stream().filter(this::readable).map(RelatedList::name).toList();
        Optional<RecordViewLayout> layout = find(type.name());
        Set<String> order = new LinkedHashSet<>();
        layout.ifPresent(saved -> saved.getTabOrder().stream().filter(offered::contains).forEach(order::add));
        order.addAll(offered);
        List<String> hidden = layout.map(RecordViewLayout::getHiddenTabs).orElse(List.of());
        return order.stream().map(name -> new Tab(name, !hidden.contains(name))).toList();
    }

    /** Keeps the user's arrangement: the tabs in the order given, those not shown taken away. */
    public void arrange(RecordType<?> type, List<Tab> tabs) {
        List<String> offered = type.relatedLists().stream().map(RelatedList::name).toList();
        for (Tab tab : tabs) {
            if (!offered.contains(tab.name())) {
                throw new BusinessRuleException("viewLayout.tab.unknown", null, tab.name());
            }
        }
        RecordViewLayout layout = find(type.name()).orElseGet(() -> {
            RecordViewLayout created = new RecordViewLayout(me(), type.name());
            em.persist(created);
            return created;
        });
        layout.arrange(tabs.stream().map(Tab::name).toList(),
                tabs.stream().filter(tab -> !tab.shown()).map(Tab::name).toList());
    }

    /** Back to the tabs as the record type declares them. */
    public void reset(RecordType<?> type) {
        find(type.name()).ifPresent(em::remove);
    }

    private boolean readable(RelatedList list) {
        return !list.isOfRecords() || permissions.allowed(list.rowType(), PermissionAction.VIEW);
    }

    private Optional<RecordViewLayout> find(String recordType) {
        return em.createNamedQuery("RecordViewLayout.find", RecordViewLayout.class)
                .setParameter("user", me())
                .setParameter("recordType", recordType)
                .getResultStream().findFirst();
    }

    private UserAccount me() {
        return userAccounts.me();
    }
}
