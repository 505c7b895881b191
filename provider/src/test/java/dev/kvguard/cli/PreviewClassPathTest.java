package dev.kvguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child JVM of {@code preview} gets a class path that can load kvguard even when this JVM was started by a
 * launcher (Maven's {@code exec:java}) whose {@code java.class.path} names only the launcher; and a child JVM
 * that could not start is reported as such, not as a program that ended its JVM.
 */
class PreviewClassPathTest {

    private static final String SEP = File.pathSeparator;

    @Test
    void fromTheApplicationClassLoaderTheJavaClassPathIsKept() {
        ClassLoader app = ClassLoader.getSystemClassLoader();
        assertEquals("a.jar" + SEP + "b", PreviewProcess.childClassPath(app, PreviewChild.class, "a.jar" + SEP + "b"));
    }

    @Test
    void underALauncherThePathComesFromTheLoadersThenTheLaunchersPath(@TempDir Path tmp) throws Exception {
        Path parentJar = Files.createFile(tmp.resolve("parent.jar"));
        Path childDir = Files.createDirectory(tmp.resolve("classes"));
        Path childJar = Files.createFile(tmp.resolve("lib.jar"));
        String own = Path.of(PreviewChild.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        try (URLClassLoader parent = new URLClassLoader(new URL[] {parentJar.toUri().toURL()}, null);
             URLClassLoader context = new URLClassLoader(new URL[] {childDir.toUri().toURL(), childJar.toUri().toURL(),
                     parentJar.toUri().toURL(), new URL("http://example.invalid/remote.jar")}, parent)) {
            assertEquals(String.join(SEP, own, childDir.toString(), childJar.toString(), parentJar.toString(), "boot.jar"),
                    PreviewProcess.childClassPath(context, PreviewChild.class, "boot.jar" + SEP + own));
        }
    }

    @Test
    void aChildThatCannotStartIsNotBlamedOnTheProgram(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // An empty class path: Java cannot find PreviewChild, as under exec:java before the fix.
        PreviewProcess.Outcome outcome = PreviewProcess.run(tmp, List.of(java, "-cp", tmp.toString(),
                PreviewChild.class.getName(), tmp.resolve("result").toString()), 60, new PrintWriter(err));
        assertEquals(KvguardCli.UNUSABLE, outcome.code());
        assertNull(outcome.report());
        assertEquals("the Java process for the preview did not start (exit status 1; Java's own message is above); "
                + "the program was not run and nothing was previewed", outcome.problem());
        assertEquals("program: Error: Could not find or load main class dev.kvguard.cli.PreviewChild", err.toString().lines()
                .findFirst().orElse(""));
    }
}
