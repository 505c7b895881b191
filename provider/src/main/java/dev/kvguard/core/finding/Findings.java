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

    public int size() {
        return items.size();
    }

    /** The findings added since the collector held {@code count}. */
    public List<Finding> since(int count) {
        return items.subList(count, items.size());
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
