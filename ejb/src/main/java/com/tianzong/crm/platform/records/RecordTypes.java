package com.tianzong.crm.platform.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every registered record type: the one registry the UI, the menu and the isolation tests read. */
@ApplicationScoped
public class RecordTypes {

    @Inject
    @Any
    Instance<RecordType<?>> registered;

    public List<RecordType<?>> all() {
        return registered.stream()
                .<RecordType<?>>map(type -> type)
                .sorted(Comparator.comparing(RecordType::featureId))
                .toList();
    }

    public Optional<RecordType<?>> find(String name) {
        return all().stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
