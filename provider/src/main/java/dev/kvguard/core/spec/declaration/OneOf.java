package dev.kvguard.core.spec.declaration;

/**
 * Two properties of one type of which a mapping must give exactly one (a subnet by id or by its parts),
 * with the words of the finding when it gives both or neither: "'path' must name exactly one of 'first'
 * (firstMeaning) or 'second' (secondMeaning)". When neither is usable, {@code whenUnusable} says whether the
 * mapping still means something: a virtual-network rule is its subnet and is dropped; a private endpoint
 * keeps its name, zones and address, which are still checked.
 *
 * @param first          the first choice, e.g. {@code subnetId}
 * @param firstMeaning   what the first names, e.g. "an existing subnet"
 * @param second         the second choice, e.g. {@code subnet}
 * @param secondMeaning  what the second names
 * @param fixWhenBoth    the fix when both are given
 * @param fixWhenNeither the fix when neither is
 * @param whenUnusable   what becomes of a mapping that gives both, neither, or only an unusable one
 */
public record OneOf(Property<?> first, String firstMeaning, Property<?> second, String secondMeaning,
                    String fixWhenBoth, String fixWhenNeither, WhenUnusable whenUnusable) {

    /** What becomes of a mapping without one usable choice (it has been reported). */
    public enum WhenUnusable {
        /** The mapping is nothing without the choice: it is dropped from its list. */
        DROP_ITEM,
        /** The mapping keeps its other properties, with neither choice set. */
        KEEP_WITHOUT_CHOICE
    }
}
