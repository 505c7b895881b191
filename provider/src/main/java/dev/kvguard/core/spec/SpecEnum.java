package dev.kvguard.core.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An enumerated spec value with its exact spelling in spec files and component inputs (Azure's own
 * spelling where Azure has one, e.g. {@code AzureServices}, {@code wrapKey}).
 */
public interface SpecEnum {

    /** The spelling in spec files, component inputs and Azure requests. */
    String specName();

    /** Finds a constant by its spec name, ignoring case; empty when there is none. */
    static <E extends Enum<E> & SpecEnum> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.specName().equalsIgnoreCase(text)).findFirst();
    }

    /** Every allowed spelling, in declaration order, for error messages. */
    static <E extends Enum<E> & SpecEnum> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(SpecEnum::specName).toList();
    }
}
