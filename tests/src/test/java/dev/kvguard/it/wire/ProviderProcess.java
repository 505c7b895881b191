package dev.kvguard.it.wire;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pulumirpc.ResourceProviderGrpc;

/**
 * The provider as its own OS process, started as Pulumi's Java language host starts a plugin: the
 * engine's address is the last argument, and the first line on standard output is the port. Closing
 * it kills the process and everything it started, within a bounded wait.
 */
final class ProviderProcess implements AutoCloseable {

    static final Path PROVIDER = Path.of("..", "provider").toAbsolutePath().normalize();

    final String firstLine;
    final ResourceProviderGrpc.ResourceProviderBlockingStub stub;
    private final Process process;
    private final ManagedChannel channel;
    private final Path stderr;

    private ProviderProcess(Process process, Path stderr, String firstLine) {
        this.process = process;
        this.stderr = stderr;
        this.firstLine = firstLine;
        this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", Integer.parseInt(firstLine.trim())).usePlaintext().build();
        this.stub = ResourceProviderGrpc.newBlockingStub(channel);
    }

    /** {@code java -cp provider/target/classes:provider/target/lib/* dev.kvguard.provider.KvguardProvider <engine>}. */
    static ProviderProcess java(String engineAddress) throws IOException {
        Path classes = PROVIDER.resolve("target/classes");
        Path lib = PROVIDER.resolve("target/lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("build the provider first (its package phase writes " + lib + ")");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = classes + File.pathSeparator + lib + File.separator + "*";
        return start(new ProcessBuilder(java, "-cp", classPath, "dev.kvguard.provider.KvguardProvider", engineAddress),
                StartupWait.JAVA);
    }

    /** The language host's command for a {@code runtime: java} plugin built with Maven, run in {@code provider/}. */
    static ProviderProcess maven(List<String> command) throws IOException {
        return start(new ProcessBuilder(command).directory(PROVIDER.toFile()), StartupWait.MAVEN);
    }

    /** How long a start may take before the test gives up (a cold Maven start resolves plugins). */
    private enum StartupWait {
        JAVA(60), MAVEN(540);

        final int seconds;

        StartupWait(int seconds) {
            this.seconds = seconds;
        }
    }

    private static ProviderProcess start(ProcessBuilder builder, StartupWait wait) throws IOException {
        Path stderr = Files.createTempFile("kvguard-provider", ".err");
        Process process = builder.redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = first.get(wait.seconds, TimeUnit.SECONDS);
        } catch (InterruptedException | java.util.concurrent.ExecutionException | TimeoutException e) {
            kill(process);
            throw new IllegalStateException("no port from the provider: " + e + "\n" + Files.readString(stderr));
        }
        if (line == null || !line.trim().matches("\\d+")) {
            kill(process);
            throw new IllegalStateException("the provider's first line is not a port: " + line + "\n" + Files.readString(stderr));
        }
        // Drain the rest, so a chatty provider never blocks on a full pipe.
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "provider-stdout");
        drain.setDaemon(true);
        drain.start();
        return new ProviderProcess(process, stderr, line);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        kill(process);
        Files.deleteIfExists(stderr);
    }

    private static void kill(Process process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
