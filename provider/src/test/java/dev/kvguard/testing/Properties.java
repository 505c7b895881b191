package dev.kvguard.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded property checks on plain JUnit 5: each case draws its input from its own seed, so a failure names
 * the seed that replays it ({@code -Dkvguard.seed=<seed>} runs only that case). The base seed is fixed,
 * so a run is repeatable; {@code -Dkvguard.seed.base=<n>} explores other inputs.
 */
public final class Properties {
    /** Cases per property. */
    public static final int TRIES = 10_000;

    private Properties() {
    }

    /** Checks {@code property} on {@link #TRIES} inputs drawn by {@code generator}; returns the number of cases run. */
    public static <T> int forAll(String name, Function<SplittableRandom, T> generator, Consumer<T> property) {
        String replay = System.getProperty("kvguard.seed");
        if (replay != null) {
            check(name, Long.parseLong(replay), generator, property);
            return 1;
        }
        long base = Long.getLong("kvguard.seed.base", name.hashCode());
        SplittableRandom seeds = new SplittableRandom(base);
        for (int i = 0; i < TRIES; i++) {
            check(name, seeds.nextLong(), generator, property);
        }
        return TRIES;
    }

    private static <T> void check(String name, long seed, Function<SplittableRandom, T> generator, Consumer<T> property) {
        T input = generator.apply(new SplittableRandom(seed));
        try {
            property.accept(input);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(name + " fails for " + printable(input) + " (replay with -Dkvguard.seed=" + seed + ")", e);
        }
    }

    private static String printable(Object input) {
        StringBuilder b = new StringBuilder();
        String text = String.valueOf(input);
        for (int i = 0; i < Math.min(text.length(), 200); i++) {
            char c = text.charAt(i);
            b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return "'" + b + (text.length() > 200 ? "...'" : "'");
    }

    /** A whole number in [min, max], both ends included. */
    public static int between(SplittableRandom random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** A string of {@code min}..{@code max} characters drawn from {@code chars}. */
    public static String string(SplittableRandom random, String chars, int min, int max) {
        int length = between(random, min, max);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }

    /** One of the given choices. */
    @SafeVarargs
    public static <T> T oneOf(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
