package com.tianzong.crm.platform.records;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;

/** Reads and writes a declared field of a record through its JavaBeans getter and setter. */
public final class RecordAccess {

    private RecordAccess() {
    }

    public static Object read(Object record, String property) {
        try {
            for (PropertyDescriptor descriptor : Introspector.getBeanInfo(record.getClass()).getPropertyDescriptors()) {
                if (descriptor.getName().equals(property) && descriptor.getReadMethod() != null) {
                    return descriptor.getReadMethod().invoke(record);
                }
            }
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + property + " of " + record.getClass().getSimpleName(), e);
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no readable property " + property);
    }

    public static void write(Object record, String property, Object value) {
        try {
            for (PropertyDescriptor descriptor : Introspector.getBeanInfo(record.getClass()).getPropertyDescriptors()) {
                if (descriptor.getName().equals(property) && descriptor.getWriteMethod() != null) {
                    descriptor.getWriteMethod().invoke(record, value);
                    return;
                }
            }
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot write " + property + " of " + record.getClass().getSimpleName(), e);
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no writable property " + property);
    }
}
