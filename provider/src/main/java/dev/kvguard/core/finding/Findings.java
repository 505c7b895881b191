package dev.kvguard.core.finding;

import java.util.ArrayList;
import java.util.List;

/** A mutable collector that rules add to; {@link #sorted()} gives the deterministic, immutable result. */
public final class Findings {
    private final List<Finding> items = new ArrayList<>();

    public void add(Finding finding) {
        items.add(finding);
    }

    public void addAll(List<Finding> findings) {
        items.addAll(findings);
    }

    public List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(items);
        copy.sort(Finding.ORDER);
        return List.copyOf(copy);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
