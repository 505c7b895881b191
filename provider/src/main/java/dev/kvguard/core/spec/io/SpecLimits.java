package dev.kvguard.core.spec.io;

/**
 * The limits every spec file meets, YAML and JSON alike, so that no input can make kvguard use unbounded
 * memory, time or stack. Each is far above what a real vault needs: Key Vault holds at most 1024 access
 * policies and a few hundred network rules, which is well under a megabyte and a few tens of thousands
 * of values, nested at most seven deep.
 */
public final class SpecLimits {
    /** Largest file read, checked before reading: room for a spec at Azure's limits with generous comments. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /**
     * Largest document of Azure's tools that {@code kvguard import} reads, checked before reading: a
     * {@code terraform show -json} of a whole subscription's state runs to several megabytes, of which the
     * vault is a small part. Documents this large must be JSON (YAML stays at {@link #MAX_BYTES} characters).
     */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** Deepest nesting of mappings and lists; a spec needs 7, a Pulumi YAML program around 12. */
    public static final int MAX_DEPTH = 64;
    /** Most alias uses ({@code *name}) in one YAML file; sharing tags or a subnet takes a handful. */
    public static final int MAX_ALIASES = 100;
    /** Most values (scalars, mappings, lists) after aliases are expanded: stops alias bombs. */
    public static final int MAX_VALUES = 200_000;
    /** Longest number literal, in characters: longer ones cost quadratic time to convert. */
    public static final int MAX_NUMBER_LENGTH = 1000;

    private SpecLimits() {
    }
}
