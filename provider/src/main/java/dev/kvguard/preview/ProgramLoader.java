package dev.kvguard.preview;

import com.pulumi.Context;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds a program's stack function: a {@code public static void <name>(Context)} method, by convention
 * {@code stack}, which the program's {@code main} hands to {@code Pulumi.run}. Extra class-path entries
 * (directories or jars) are added in front of kvguard's own.
 */
public final class ProgramLoader {

    private ProgramLoader() {
    }

    /** A loaded program, or the one-line reason it could not be loaded. */
    public record Loaded(Consumer<Context> stack, String problem) {
    }

    public static Loaded load(String className, String function, String classPath) {
        ClassLoader loader = loader(classPath);
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            return new Loaded(null, "cannot load class " + className + " (is it on --classpath?)");
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Loaded(null, "class " + className + " was found but its static initialiser failed: " + firstLine(cause));
        } catch (LinkageError e) {
            // Found, but something it needs is missing or incompatible: a class-path problem of another kind.
            return new Loaded(null, "class " + className + " was found but cannot be linked: " + firstLine(e));
        }
        Method method;
        try {
            method = type.getMethod(function, Context.class);
        } catch (NoSuchMethodException e) {
            return new Loaded(null, className + " has no public method " + function + "(com.pulumi.Context)");
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            return new Loaded(null, className + "." + function + "(Context) must be static");
        }
        // A public method of a package-private class is still callable by the program's own main.
        method.trySetAccessible();
        Thread.currentThread().setContextClassLoader(loader);
        return new Loaded(ctx -> invoke(method, ctx), null);
    }

    private static void invoke(Method method, Context ctx) {
        try {
            method.invoke(null, ctx);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The throwable's type and the first line of its message: enough to act on, and never a stack trace. */
    static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static ClassLoader loader(String classPath) {
        ClassLoader parent = ProgramLoader.class.getClassLoader();
        if (classPath == null || classPath.isBlank()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    urls.add(new File(entry).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException("bad class-path entry " + entry, e);
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
