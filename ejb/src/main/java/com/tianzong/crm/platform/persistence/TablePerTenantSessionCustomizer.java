package com.tianzong.crm.platform.persistence;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes EclipseLink's table-per-tenant mapping safe under concurrency (eclipselink#2406).
 *
 * <p>Every transaction's client session initializes its own copies of the tenant entities'
 * descriptors for its tenant's schema. The copies of a to-one mapping share two sets of the
 * original, the foreign-key columns an INSERT and an UPDATE write, and each initialization takes
 * each column out of those sets and puts it back. Two transactions starting at once therefore
 * corrupt the sets (measured: after some hours of tests every later save failed with a
 * {@link StackOverflowError} inside them, until the server restarted), and a save running
 * meanwhile could find a column missing and write the row without it.
 *
 * <p>Each such set is replaced, once when the session is set up, by a thread-safe set that
 * ignores removals: what the initialization takes out it always puts back (a column's
 * insertable and updatable flags never change), so nothing is lost, a save never sees a column
 * missing, and concurrent initializations cannot break the set. Named in {@code persistence.xml}
 * as {@code eclipselink.session.customizer}; {@code TenantSchemaInterceptor} in addition lets
 * only one transaction at a time initialize its descriptors.
 */
public class TablePerTenantSessionCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(TablePerTenantSessionCustomizer.class.getName());
    private static final String[] SHARED_SETS = {"insertableFields", "updatableFields"};
    private static final AtomicInteger PROTECTED = new AtomicInteger();

    @Override
    public void customize(Session session) throws Exception {
        int replaced = 0;
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof OneToOneMapping toOne) {
                    for (String name : SHARED_SETS) {
                        replaced += replace(toOne, name) ? 1 : 0;
                    }
                }
            }
        }
        PROTECTED.addAndGet(replaced);
        LOG.info(() -> "Protected " + PROTECTED.get() + " column sets of to-one mappings from concurrent set-up");
    }

    /** How many to-one mappings' column sets the running application protects (two per mapping). */
    public static int protectedSets() {
        return PROTECTED.get();
    }

    @SuppressWarnings("unchecked")
    private static boolean replace(OneToOneMapping mapping, String name) throws ReflectiveOperationException {
        Field field = OneToOneMapping.class.getDeclaredField(name);
        field.setAccessible(true);
        HashSet<DatabaseField> current = (HashSet<DatabaseField>) field.get(mapping);
        if (current instanceof KeptFieldSet) {
            return false;
        }
        field.set(mapping, new KeptFieldSet(current));
        return true;
    }

    /** A thread-safe set of columns that never lets go of a column once added. */
    static final class KeptFieldSet extends HashSet<DatabaseField> {

        private static final long serialVersionUID = 1L;

        private final Set<DatabaseField> fields = ConcurrentHashMap.newKeySet();

        KeptFieldSet(Collection<DatabaseField> initial) {
            super(0);
            fields.addAll(initial);
        }

        @Override
        public boolean add(DatabaseField field) {
            return fields.add(field);
        }

        /** Keeps the column: the initialization that removes it adds it back at once. */
        @Override
        public boolean remove(Object field) {
            return false;
        }

        @Override
        public boolean contains(Object field) {
            return fields.contains(field);
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public boolean isEmpty() {
            return fields.isEmpty();
        }

        @Override
        public Iterator<DatabaseField> iterator() {
            Iterator<DatabaseField> all = fields.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return all.hasNext();
                }

                @Override
                public DatabaseField next() {
                    return all.next();
                }
            };
        }

        @Override
        public Spliterator<DatabaseField> spliterator() {
            return fields.spliterator();
        }

        @Override
        public Object[] toArray() {
            return fields.toArray();
        }

        @Override
        public <T> T[] toArray(T[] array) {
            return fields.toArray(array);
        }

        @Override
        public boolean containsAll(Collection<?> others) {
            return fields.containsAll(others);
        }

        @Override
        public boolean addAll(Collection<? extends DatabaseField> others) {
            return fields.addAll(others);
        }

        @Override
        public boolean removeAll(Collection<?> others) {
            return false;
        }

        @Override
        public boolean retainAll(Collection<?> others) {
            return false;
        }

        @Override
        public boolean removeIf(Predicate<? super DatabaseField> filter) {
            return false;
        }

        @Override
        public void clear() {
            // kept, like a single removal
        }

        @Override
        public Object clone() {
            return new KeptFieldSet(fields);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Set<?> set && set.size() == size() && containsAll(set);
        }

        @Override
        public int hashCode() {
            return fields.hashCode();
        }

        @Override
        public String toString() {
            return fields.toString();
        }
    }
}
