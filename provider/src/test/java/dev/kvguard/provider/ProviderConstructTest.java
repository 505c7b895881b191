package dev.kvguard.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.provider.internal.models.ConstructRequest;
import com.pulumi.provider.internal.models.ConstructResponse;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.resources.ComponentResourceOptions;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.testing.MockStack;
import dev.kvguard.testing.SpecArgs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The provider's construct path, in-process under Pulumi's mocks: what another language's program
 * reaches through {@code pulumi package add}.
 */
class ProviderConstructTest {

    static Map<String, PropertyValue> inputs(String yaml) throws Exception {
        JsonNode tree = SpecReader.parse(yaml, "inputs.yaml", false);
        return SpecArgs.toPropertyValue(tree).getObjectValue();
    }

    static ConstructResponse construct(Map<String, PropertyValue> inputs, AtomicReference<Throwable> failure) {
        AtomicReference<CompletableFuture<ConstructResponse>> response = new AtomicReference<>();
        MockStack.Run run = MockStack.run(ctx -> {
            try {
                response.set(KvguardProvider.provider().construct(new ConstructRequest("kvguard:index:SecureKeyVault",
                        "platform", inputs, ComponentResourceOptions.builder().build())));
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        });
        if (failure.get() == null && response.get() == null) {
            failure.set(new AssertionError("construct neither answered nor failed: " + run.errors()));
        }
        if (response.get() == null) {
            return null;
        }
        try {
            return response.get().join();
        } catch (CompletionException e) {
            failure.set(e.getCause());
            return null;
        }
    }

    /** Component outputs travel as output references; their value is inside. */
    static String text(PropertyValue value) {
        PropertyValue v = value;
        while (v.getType() == PropertyValue.ValueType.OUTPUT || v.getType() == PropertyValue.ValueType.SECRET) {
            v = v.getType() == PropertyValue.ValueType.OUTPUT ? v.getOutputValue().getValue() : v.getSecretValue();
        }
        return v.getStringValue();
    }

    @Test
    void aValidInputConstructsTheComponentAndReturnsItsUrnAndState() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of("../examples/specs/multi-network.yaml"));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ConstructResponse response = construct(inputs(yaml), failure);
        assertEquals(null, failure.get());
        assertTrue(response.getUrn().endsWith("kvguard:index:SecureKeyVault::platform"), response.getUrn());
        Map<String, PropertyValue> state = response.getState();
        assertEquals("reference-2019", text(state.get("limitsProfile")));
        assertTrue(text(state.get("vaultUri")).startsWith("https://kv-platform-prod.vault.azure.net"));
        assertTrue(text(state.get("plan")).contains("\"id\": \"vault\""));
    }

    @Test
    void anInvalidInputFailsWithEveryFinding() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        construct(inputs("""
                vaultName: kv--x
                resourceGroupName: rg
                location: westeurope
                tenantId: not-a-guid
                networkRules: {ipRules: [10.0.0.0/8, 52.1.2.3/32]}
                """), failure);
        Throwable error = failure.get();
        while (error != null && !(error instanceof dev.kvguard.pulumi.KvguardValidationException)) {
            error = error.getCause();
        }
        assertTrue(error != null, "a KvguardValidationException, got " + failure.get());
        String message = error.getMessage();
        for (String rule : List.of("[vault-name]", "[tenant-id]", "[ip-rule-not-public]", "[ip-rule-prefix]", "[logging-missing]")) {
            assertTrue(message.contains(rule), rule + " in " + message);
        }
    }
}
