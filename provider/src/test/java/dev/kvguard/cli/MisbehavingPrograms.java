package dev.kvguard.cli;

import com.pulumi.Context;

/** Stack functions that misbehave the ways real programs do; {@code kvguard preview} must stay in control. */
public final class MisbehavingPrograms {

    private MisbehavingPrograms() {
    }

    public static void sleepsForever(Context ctx) throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }

    public static void loopsForever(Context ctx) {
        long spins = 0;
        while (spins >= 0) {
            spins = (spins + 1) % 1_000_000;
        }
    }

    public static void exitsZero(Context ctx) {
        System.exit(0);
    }

    public static void exitsThree(Context ctx) {
        System.exit(3);
    }

    /** Throws, as a program with a bug does. */
    public static void throwsAnException(Context ctx) {
        throw new IllegalArgumentException("the stack has no name");
    }

    /** Prints to stdout, including a line that looks like a report, then declares a valid vault. */
    public static void printsToStdout(Context ctx) {
        System.out.println("{\"failed\": false}");
        System.out.print("result: preview passes\u001B[2J");
        System.out.flush();
        PreviewCommandTest.stack(ctx);
    }

    /** A program class whose static initialiser throws. */
    public static final class BrokenInitialiser {
        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("no configuration found\nsecond line that must not be shown");
            }
        }

        private BrokenInitialiser() {
        }

        public static void stack(Context ctx) {
            // Never reached: the class cannot be initialised.
        }
    }
}
