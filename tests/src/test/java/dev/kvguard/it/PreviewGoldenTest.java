package dev.kvguard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.Context;
import dev.kvguard.core.render.PreviewReport;
import dev.kvguard.core.render.PreviewRenderer;
import dev.kvguard.examples.existingsubnets.ExistingSubnetsVault;
import dev.kvguard.examples.multinetwork.MultiNetworkVault;
import dev.kvguard.examples.onesubnet.OneSubnetVault;
import dev.kvguard.examples.privateendpoint.PrivateEndpointVault;
import dev.kvguard.examples.stagedtightening.StagedTighteningVault;
import dev.kvguard.examples.trustedservices.TrustedServicesVault;
import dev.kvguard.preview.OfflinePreview;
import dev.kvguard.testing.Golden;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example program, run through the offline preview, matches its golden JSON. */
class PreviewGoldenTest {

    static final Map<String, Consumer<Context>> EXAMPLES = Map.of(
            "one-subnet", OneSubnetVault::stack,
            "multi-network", MultiNetworkVault::stack,
            "existing-subnets", ExistingSubnetsVault::stack,
            "trusted-services", TrustedServicesVault::stack,
            "staged-tightening", StagedTighteningVault::stack,
            "private-endpoint", PrivateEndpointVault::stack);

    static Stream<Arguments> examples() {
        return EXAMPLES.keySet().stream().sorted().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void previewMatchesTheGoldenFile(String example) throws Exception {
        PreviewReport report = OfflinePreview.run(example, EXAMPLES.get(example));
        assertFalse(report.failed(), example + ": " + report.findings() + report.errors());
        assertEquals(1, report.plans().size());
        Golden.assertMatches(Golden.ROOT.resolve("preview/" + example + ".json"), PreviewRenderer.json(report));
    }

    @Test
    void theFlagshipRegistersEveryPlannedResourceUnderItsComponent() {
        PreviewReport report = OfflinePreview.run("multi-network", MultiNetworkVault::stack);
        long children = report.resources().stream().filter(r -> "platform".equals(r.parent())).count();
        assertEquals(6, children, "4 subnets, the vault and its diagnostic setting");
        assertTrue(report.resources().stream().filter(r -> r.type().equals("azure-native:keyvault:Vault"))
                .allMatch(r -> r.dependsOn().containsAll(java.util.List.of("hub", "spoke"))));
    }
}
