package dev.kvguard.core.spec.declaration;

/**
 * Two properties of one type of which a mapping must give exactly one (a subnet by id or by its parts),
 * with the words of the finding when it gives both or neither: "'path' must name exactly one of 'first'
 * (firstMeaning) or 'second' (secondMeaning)".
 *
 * @param first          the first choice, e.g. {@code subnetId}
 * @param firstMeaning   what the first names, e.g. "an existing subnet"
 * @param second         the second choice, e.g. {@code subnet}
 * @param secondMeaning  what the second names
 * @param fixWhenBoth    the fix when both are given
 * @param fixWhenNeither the fix when neither is
 */
public record OneOf(Property<?> first, String firstMeaning, Property<?> second, String secondMeaning,
                    String fixWhenBoth, String fixWhenNeither) {
}
