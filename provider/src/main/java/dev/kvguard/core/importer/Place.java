package dev.kvguard.core.importer;

import dev.kvguard.core.finding.InputPath;
import dev.kvguard.core.spec.declaration.Inputs;
import dev.kvguard.core.spec.declaration.ObjectType;
import dev.kvguard.core.spec.declaration.Property;
import java.util.List;

/**
 * An object of the spec being imported: where it is ({@code networkRules}, {@code accessPolicies[2]}) and
 * which declared type it has. Spec paths are built from here by property handle, and a handle of another
 * type is refused, so that {@code Logging.METRICS} cannot end up under {@code networkRules}.
 * ({@link InputPath#child(Property)} cannot check this: a path does not know its type, and giving it one
 * would cost every path the validator builds.)
 *
 * @param path where the object is
 * @param type its declared type
 */
record Place(InputPath path, ObjectType type) {

    /** The vault's inputs: the spec as a whole. */
    static final Place VAULT = new Place(InputPath.ROOT, Inputs.SecureKeyVault.TYPE);
    /** The vault's firewall. */
    static final Place NETWORK_RULES = VAULT.object(Inputs.SecureKeyVault.NETWORK_RULES);
    /** The vault's diagnostic setting. */
    static final Place LOGGING = VAULT.object(Inputs.SecureKeyVault.LOGGING);

    /** The path of one of this object's properties. */
    InputPath at(Property<?> property) {
        return path.child(own(type, property));
    }

    /** The nested object a property holds. */
    Place object(Property<ObjectType> property) {
        return new Place(at(property), property.objectType().orElseThrow());
    }

    /** Item {@code index} of a list of objects. */
    Place item(Property<List<ObjectType>> property, int index) {
        return new Place(at(property).at(index), property.objectType().orElseThrow());
    }

    /** {@code property}, after checking that {@code type} declares it. */
    static <P extends Property<?>> P own(ObjectType type, P property) {
        if (property.owner() != type) {
            throw new IllegalArgumentException(property + " is not a property of " + type);
        }
        return property;
    }
}
