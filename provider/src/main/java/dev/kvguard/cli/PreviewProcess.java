package dev.kvguard.cli;

import dev.kvguard.core.render.TextEscaper;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code kvguard preview} in a child JVM, under control. A program is arbitrary code: threads in
 * this JVM cannot be stopped safely and {@code System.exit} cannot be intercepted without the
 * deprecated SecurityManager, so the program runs in its own JVM ({@link PreviewChild}) and this
 * process only waits. Past the time limit the child (and anything it started) is killed; a child
 * that ends without a result file stopped itself ({@code System.exit}, {@code halt} or a crash). The
 * program's stdout and stderr reach our stderr line by line, prefixed and escaped, never the report.
 */
final class PreviewProcess {

    /** The time limit when {@code --timeout} is not given. */
    static final int DEFAULT_TIMEOUT_SECONDS = 120;
    /** How long the program's remaining output may take to drain once its JVM has ended. */
    private static final long DRAIN_MILLIS = 5_000;
    /** The longest line of program output passed on as one line. */
    private static final int MAX_LINE = 4_096;

    /** What the child produced: a rendered report with its exit code, or a one-line problem. */
    record Outcome(int code, String report, String problem) {
    }

    private PreviewProcess() {
    }

    static Outcome run(String program, String function, String classPath, String profile, OutputFormat format,
                       int timeoutSeconds, PrintWriter err) {
        Path dir;
        try {
            dir = Files.createTempDirectory("kvguard-preview");
        } catch (IOException e) {
            return problem("cannot create a temporary directory for the preview: " + e.getMessage());
        }
        try {
            return run(dir, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", childClassPath(
                            Thread.currentThread().getContextClassLoader(), PreviewChild.class, System.getProperty("java.class.path")),
                    PreviewChild.class.getName(), dir.resolve("result").toString(), program, function,
                    classPath == null ? "" : classPath, format.name(), profile == null ? "" : profile), timeoutSeconds, err);
        } finally {
            delete(dir);
        }
    }

    /**
     * The class path the child JVM needs to load {@code entry} and everything this JVM can load. When we run
     * from the application class loader, that is {@code java.class.path}. Under a launcher such as Maven's
     * {@code exec:java}, {@code java.class.path} names only the launcher's own jars and our classes come from
     * a class loader it built, so the path is taken from there instead: the code source of {@code entry}, then
     * the URLs of every URL class loader from {@code context} (and from {@code entry}'s loader) up to the top,
     * then {@code java.class.path}. Entries are kept once, in that order.
     */
    static String childClassPath(ClassLoader context, Class<?> entry, String javaClassPath) {
        ClassLoader own = entry.getClassLoader();
        if (own == ClassLoader.getSystemClassLoader() && (context == null || context == own)) {
            return javaClassPath;
        }
        Set<String> entries = new LinkedHashSet<>();
        CodeSource source = entry.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            addUrl(entries, source.getLocation());
        }
        for (ClassLoader start : new ClassLoader[] {context, own}) {
            for (ClassLoader loader = start; loader != null; loader = loader.getParent()) {
                if (loader instanceof URLClassLoader urls) {
                    for (URL url : urls.getURLs()) {
                        addUrl(entries, url);
                    }
                }
            }
        }
        if (javaClassPath != null) {
            for (String part : javaClassPath.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                if (!part.isEmpty()) {
                    entries.add(part);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void addUrl(Set<String> entries, URL url) {
        // Only local files can go on a command line's class path; a loader's other URLs have no path form.
        if ("file".equals(url.getProtocol())) {
            try {
                entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                entries.add(url.getPath());
            }
        }
    }

    static Outcome run(Path dir, List<String> command, int timeoutSeconds, PrintWriter err) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // The program gets no input: reading stdin ends at once instead of waiting for our terminal.
            process.getOutputStream().close();
        } catch (IOException e) {
            return problem("cannot start a Java process for the preview: " + e.getMessage());
        }
        Thread pump = pump(process, err);
        boolean finished;
        try {
            finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            stop(process);
        }
        try {
            pump.join(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!finished) {
            return problem("the program did not finish within the " + timeoutSeconds + " s time limit (--timeout); it was stopped");
        }
        return read(dir.resolve("result"), process.exitValue());
    }

    private static Outcome read(Path result, int exitStatus) {
        if (!Files.exists(result) && !Files.exists(result.resolveSibling(PreviewChild.STARTED))) {
            // PreviewChild leaves this mark before the program runs: without it, Java itself failed (its reason is above).
            return problem("the Java process for the preview did not start (exit status " + exitStatus
                    + "; Java's own message is above); the program was not run and nothing was previewed");
        }
        if (!Files.exists(result)) {
            return problem("the program ended its JVM itself (exit status " + exitStatus + ", e.g. System.exit(" + exitStatus
                    + ")) before the preview finished; nothing was previewed");
        }
        String content;
        try {
            content = Files.readString(result, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return problem("cannot read the preview result: " + e.getMessage());
        }
        if (content.startsWith(PreviewChild.PROBLEM)) {
            return problem(content.substring(PreviewChild.PROBLEM.length()));
        }
        int newline = content.indexOf('\n');
        return new Outcome(Integer.parseInt(content.substring(PreviewChild.REPORT.length(), newline)),
                content.substring(newline + 1), null);
    }

    /** Kills the child and whatever it started, and waits (bounded) until they are gone. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the program's output to our stderr, a line at a time, marked and escaped so it cannot pose as ours. */
    private static Thread pump(Process process, PrintWriter err) {
        Thread thread = new Thread(() -> {
            try (Reader in = new InputStreamReader(process.getInputStream(), Charset.defaultCharset())) {
                StringBuilder line = new StringBuilder();
                for (int c = in.read(); c >= 0; c = in.read()) {
                    // Long lines are cut, so that a program writing without line breaks cannot exhaust our memory.
                    if (c == '\n' || line.length() == MAX_LINE) {
                        emit(err, line);
                    }
                    if (c != '\n') {
                        line.append((char) c);
                    }
                }
                if (!line.isEmpty()) {
                    emit(err, line);
                }
            } catch (IOException ignored) {
                // The child was killed: its output ends here.
            }
        }, "kvguard-preview-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void emit(PrintWriter err, StringBuilder line) {
        synchronized (err) {
            err.println("program: " + TextEscaper.escape(line.toString()));
            err.flush();
        }
        line.setLength(0);
    }

    private static Outcome problem(String line) {
        return new Outcome(KvguardCli.UNUSABLE, null, line);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is not worth failing the preview for.
        }
    }
}
