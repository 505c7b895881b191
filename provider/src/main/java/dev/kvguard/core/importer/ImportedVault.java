package dev.kvguard.core.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.DefaultAction;
import dev.kvguard.core.spec.Stage;
import dev.kvguard.core.spec.declaration.Inputs.NetworkRules;
import dev.kvguard.core.spec.declaration.Inputs.SecureKeyVault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One vault carried over from a document: its kvguard spec tree, where each spec path came from in the
 * document, what could not be carried over, and the findings met on the way (unresolvable expressions).
 *
 * @param label    where the vault sits in the document, e.g. {@code resources[2]} ("" for a whole document)
 * @param spec     the spec tree, in kvguard's property names
 * @param origins  spec path ({@code networkRules.ipRules[0]}) to document path
 *                 ({@code resources[2].properties.networkAcls.ipRules[0].value}); "" maps the vault itself
 * @param notes    spec path to the comments explaining what was not carried over there
 * @param findings findings in document paths, e.g. {@code import-expression}
 * @param unresolved spec paths left out because their document value could not be resolved
 */
public record ImportedVault(String label, ObjectNode spec, Map<String, String> origins, Map<String, List<String>> notes,
                            List<Finding> findings, List<String> unresolved) {

    public ImportedVault {
        origins = Map.copyOf(origins);
        notes = Map.copyOf(notes);
        findings = List.copyOf(findings);
        unresolved = List.copyOf(unresolved);
    }

    /**
     * The same vault with its firewall closed: default action {@code Deny}. A vault that was open serves
     * traffic, so it gets {@code stage: observe} (rules and logging go live while the default action stays
     * {@code Allow}), the README's two-deployment tightening.
     */
    public ImportedVault lockedDown() {
        ObjectNode locked = spec.deepCopy();
        SpecNode vault = SpecNode.vault(locked);
        SpecNode network = vault.object(SecureKeyVault.NETWORK_RULES);
        boolean wasOpen = !DefaultAction.DENY.specName().equals(network.path(NetworkRules.DEFAULT_ACTION).asText());
        network.put(NetworkRules.DEFAULT_ACTION, DefaultAction.DENY.specName());
        Map<String, List<String>> moreNotes = new LinkedHashMap<>(notes);
        if (wasOpen) {
            vault.put(SecureKeyVault.STAGE, Stage.OBSERVE.specName());
            moreNotes.put(Place.VAULT.at(SecureKeyVault.STAGE).toString(), List.of("the vault was open (default action Allow)"
                    + " and may serve traffic: deploy with stage observe first, then switch to enforce once the AuditEvent"
                    + " logs show no caller the rules would refuse."));
        }
        String defaultAction = Place.NETWORK_RULES.at(NetworkRules.DEFAULT_ACTION).toString();
        List<String> action = new ArrayList<>(moreNotes.getOrDefault(defaultAction, List.of()));
        action.add("locked down by kvguard import --lock-down" + (wasOpen ? " (the document had Allow)." : "."));
        moreNotes.put(defaultAction, action);
        return new ImportedVault(label, locked, origins, moreNotes, findings, unresolved);
    }

    /**
     * The document path of a spec path: its own origin, else that of its nearest carried-over parent (a
     * missing property is reported where its vault is).
     */
    public String documentPath(String specPath) {
        String p = specPath;
        while (true) {
            String origin = origins.get(p);
            if (origin != null) {
                return origin;
            }
            if (p.isEmpty()) {
                return specPath;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }
}
