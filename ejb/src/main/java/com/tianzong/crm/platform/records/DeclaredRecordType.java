package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import java.util.List;
import java.util.Optional;

/**
 * A record type given by its declaration alone: name, catalogue feature, menu group, entity,
 * natural key, field groups and fields. A module's record type extends it, passes its
 * declaration to the constructor and names its service.
 */
public abstract class DeclaredRecordType<T extends TenantRecord> implements RecordType<T> {

    private final String name;
    private final String featureId;
    private final String menuGroup;
    private final Class<T> entityClass;
    private final Optional<String> naturalKey;
    private final List<String> groups;
    private final List<RecordField> fields;

    /** {@code naturalKey} may be null for a type without one. */
    protected DeclaredRecordType(String name, String featureId, String menuGroup, Class<T> entityClass, String naturalKey,
                                 List<String> groups, List<RecordField> fields) {
        this.name = name;
        this.featureId = featureId;
        this.menuGroup = menuGroup;
        this.entityClass = entityClass;
        this.naturalKey = Optional.ofNullable(naturalKey);
        this.groups = List.copyOf(groups);
        this.fields = List.copyOf(fields);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String featureId() {
        return featureId;
    }

    @Override
    public String menuGroup() {
        return menuGroup;
    }

    @Override
    public Class<T> entityClass() {
        return entityClass;
    }

    @Override
    public List<RecordField> fields() {
        return fields;
    }

    @Override
    public Optional<String> naturalKey() {
        return naturalKey;
    }

    @Override
    public List<String> groups() {
        return groups;
    }
}
