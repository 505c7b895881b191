package dev.kvguard.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step whose words are written on first use behaves as one given its words at once. */
class StepTest {

    private static final Target.Vault VAULT = new Target.Vault();

    @Test
    void writesItsWordsOnceWhenFirstShownFromItsOwnParts() {
        List<List<String>> calls = new ArrayList<>();
        Step step = Step.written("vault", Phase.NETWORK_RULES, List.of("endpoint/b", "endpoint/a"), VAULT, (target, after) -> {
            calls.add(after);
            return new Step.Text("vaults kv", "Create " + after.size(), List.of("d"), List.of("n"));
        });
        assertEquals(List.of(), calls, "planning alone writes no words");
        assertEquals(Applies.RESOURCE, step.applies());
        assertEquals(List.of("endpoint/a", "endpoint/b"), step.dependsOn(), "sorted before the words see them");
        assertEquals("Create 2", step.action());
        assertEquals("vaults kv", step.resource());
        assertEquals(List.of("d"), step.details());
        assertEquals(List.of("n"), step.notes());
        assertEquals(List.of(List.of("endpoint/a", "endpoint/b")), calls, "written once, then kept");
    }

    @Test
    void equalsTheStepGivenTheSameWordsAtOnce() {
        Step given = new Step("vault", Phase.NETWORK_RULES, "vaults kv", "Create", List.of(), VAULT, List.of("d"), List.of());
        Step written = Step.written("vault", Phase.NETWORK_RULES, List.of(), VAULT,
                (target, after) -> new Step.Text("vaults kv", "Create", List.of("d"), List.of()));
        assertEquals(given, written);
        assertEquals(given.hashCode(), written.hashCode());
        assertEquals(given.toString(), written.toString());
        assertEquals("Step[id=vault, phase=NETWORK_RULES, resource=vaults kv, action=Create, dependsOn=[], target=Vault[], "
                + "details=[d], notes=[]]", given.toString());
        Step otherWords = Step.written("vault", Phase.NETWORK_RULES, List.of(), VAULT,
                (target, after) -> new Step.Text("vaults kv", "Create", List.of("e"), List.of()));
        assertNotEquals(given, otherWords, "the words count in equality");
    }
}
