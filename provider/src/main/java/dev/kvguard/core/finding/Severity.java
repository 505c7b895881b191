package dev.kvguard.core.finding;

/** How bad a finding is: an error stops the preview, a warning is reported and the deployment goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in every rendering ({@code error}, {@code warning}). */
    public String label() {
        return label;
    }
}
