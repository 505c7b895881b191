package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.node.DoubleNode;

/**
 * A number with a fraction or an exponent ({@code 30.0}, {@code 1e1}, {@code 1e400}), keeping its spelling so
 * that messages show the value as the user wrote it, not as a double prints it ({@code 10.0}, {@code Infinity}).
 */
final class SpelledFloat extends DoubleNode {
    private final String spelling;

    SpelledFloat(double value, String spelling) {
        super(value);
        this.spelling = spelling;
    }

    @Override
    public String asText() {
        return spelling;
    }
}
