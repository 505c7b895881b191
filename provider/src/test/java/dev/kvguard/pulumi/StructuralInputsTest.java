package dev.kvguard.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvguard.core.finding.InputPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which unknown inputs decide the resources a vault has, and so must be known when the preview plans. */
class StructuralInputsTest {

    @ParameterizedTest
    @CsvSource({
            "enableRbacAuthorization, true",
            "protect, true",
            "logging, true",
            "logging.logAnalyticsWorkspaceId, false",
            "networkRules, true",
            "networkRules.virtualNetworkRules, true",
            "networkRules.virtualNetworkRules[3], true",
            "networkRules.virtualNetworkRules[3].subnet, true",
            "networkRules.virtualNetworkRules[3].subnet.resourceGroupName, true",
            "networkRules.virtualNetworkRules[3].subnet.virtualNetworkName, true",
            "networkRules.virtualNetworkRules[3].subnet.name, true",
            "networkRules.virtualNetworkRules[3].subnet.addressPrefix, false",
            "networkRules.virtualNetworkRules[3].subnetId, false",
            "networkRules.ipRules, false",
            "networkRules.ipRules[0], false",
            "trustedServices, true",
            "trustedServices[1], true",
            "trustedServices[1].service, true",
            "trustedServices[1].objectId, false",
            "privateEndpoints, true",
            "privateEndpoints[0], true",
            "privateEndpoints[0].name, true",
            "privateEndpoints[0].privateDnsZoneIds, true",
            // One zone id decides nothing: the list's length (known) decides how many zones there are.
            "privateEndpoints[0].privateDnsZoneIds[0], false",
            "privateEndpoints[0].staticIpAddress, false",
            "existing, true",
            "existing.resourceId, true",
            "existing.observed, false",
            "vaultName, false",
            "tags.team, false",
    })
    void anInputIsStructuralWhenItDecidesWhichResourcesExist(String path, boolean structural) {
        assertEquals(structural, CheckedInputs.structural(InputPath.parse(path)), path);
    }
}
