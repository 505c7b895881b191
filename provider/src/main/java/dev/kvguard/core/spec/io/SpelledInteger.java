package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.node.BigIntegerNode;
import java.math.BigInteger;

/**
 * A YAML integer not written in plain decimal ({@code 017}, {@code +5}, {@code 0o17}, {@code 0x1e}). It keeps
 * its spelling because readers disagree on some of them (YAML 1.1 and Go read {@code 017} as octal 15, YAML
 * 1.2 as 17), so whole-number properties refuse them instead of guessing.
 */
final class SpelledInteger extends BigIntegerNode {
    private final String spelling;

    SpelledInteger(BigInteger value, String spelling) {
        super(value);
        this.spelling = spelling;
    }

    String spelling() {
        return spelling;
    }

    @Override
    public String asText() {
        return spelling;
    }
}
