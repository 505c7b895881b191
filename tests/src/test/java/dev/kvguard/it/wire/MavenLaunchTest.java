package dev.kvguard.it.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider started exactly as Pulumi's Java language host starts a {@code runtime: java} plugin
 * built with Maven: in {@code provider/}, with the first of {@code ./mvnw} and {@code mvn} found in that
 * folder, {@code compile exec:java} and the engine's address in {@code -DmainArgs}. The engine reads the
 * port from the first line of standard output, so nothing of Maven's may come before it. This is the
 * suite's slow test (a Maven start and an up-to-date compile).
 */
class MavenLaunchTest {

    @Test
    void theHostsMavenCommandStartsTheProviderAndOnlyThePortComesFirst() throws Exception {
        assertTrue(Files.isExecutable(ProviderProcess.PROVIDER.resolve("mvnw")), "provider/mvnw is what the host finds first");
        try (FakeEngine engine = new FakeEngine();
             ProviderProcess provider = ProviderProcess.maven(List.of("./mvnw", "--no-transfer-progress", "compile", "exec:java",
                     "-DmainArgs=" + engine.address()))) {
            assertTrue(provider.firstLine.matches("\\d+"), provider.firstLine);
            assertEquals(Wire.pomProperty("kvguard.version"), provider.stub.getPluginInfo(Empty.getDefaultInstance()).getVersion());
        }
    }
}
