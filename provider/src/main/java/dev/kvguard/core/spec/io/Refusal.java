package dev.kvguard.core.spec.io;

/**
 * Why a spec file cannot be read, with where (1-based line and column, 0 when unknown), but never the
 * file's own text: a secret passed by mistake must not reach a CI log. {@link SpecReader} adds the source.
 */
final class Refusal extends RuntimeException {
    final int line;
    final int column;

    Refusal(String reason, int line, int column) {
        super(reason, null, false, false);
        this.line = line;
        this.column = column;
    }

    String describe() {
        return (line > 0 ? "at line " + line + ", column " + column + ": " : ": ") + getMessage();
    }
}
