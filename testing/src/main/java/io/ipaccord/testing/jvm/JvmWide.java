package io.ipaccord.testing.jvm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Makes "one per JVM" hold although Quarkus loads this library again in each test application's class loader: a
 * static field is per class loader, so shared state lives in the copy of the class that the system class loader
 * (surefire's test class path) loads. That copy also outlives the Quarkus class loaders, which are
 * closed when their application stops.
 * <p>
 * Owners return only {@code java.*} types (maps, functional interfaces), the only types every loader shares.
 */
public final class JvmWide {

    private JvmWide() {
    }

    /** Calls the static no-argument method {@code method} of the system class loader's copy of {@code type}. */
    @SuppressWarnings("unchecked")
    public static <T> T call(Class<?> type, String method) {
        Class<?> owner = ownerOf(type);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Libraries that load classes or resources through the context loader must see the owner's copies.
        thread.setContextClassLoader(owner.getClassLoader());
        try {
            Method target = owner.getDeclaredMethod(method);
            target.setAccessible(true);
            return (T) target.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + type.getName() + "." + method + "()", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The system class loader's copy of {@code type}, or {@code type} itself when that loader cannot see it. */
    static Class<?> ownerOf(Class<?> type) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (type.getClassLoader() == system) {
            return type;
        }
        try {
            return Class.forName(type.getName(), true, system);
        } catch (ClassNotFoundException | LinkageError e) {
            return type;
        }
    }
}
