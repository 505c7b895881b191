package dev.kvguard.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups steps into waves: a step runs one wave after the latest of its dependencies. Two kinds of
 * edge take no time: an {@link Applies#INLINE} step is part of the request of the step it depends on
 * and shares its wave, and a {@link Applies#PRECONDITION} is already true, so waiting for it costs no
 * round. Steps arrive in dependency order (the planner builds them so), which makes this one pass.
 */
final class Waves {
    private Waves() {
    }

    static Map<String, Integer> levels(List<Step> steps) {
        Map<String, Integer> level = new HashMap<>();
        Map<String, Applies> applies = new HashMap<>();
        for (Step step : steps) {
            applies.put(step.id(), step.applies());
            int wave = 0;
            for (String dep : step.dependsOn()) {
                Integer depLevel = level.get(dep);
                if (depLevel == null) {
                    throw new IllegalStateException(step.id() + " depends on " + dep + ", which is not planned before it");
                }
                boolean free = step.applies() == Applies.INLINE || applies.get(dep) == Applies.PRECONDITION;
                wave = Math.max(wave, depLevel + (free ? 0 : 1));
            }
            level.put(step.id(), wave);
        }
        return level;
    }

    /** Steps ordered by wave, then phase, then id; and the waves themselves. */
    static List<List<String>> group(List<Step> steps, Map<String, Integer> level) {
        int count = level.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> waves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waves.add(new ArrayList<>());
        }
        for (Step step : sorted(steps, level)) {
            waves.get(level.get(step.id())).add(step.id());
        }
        return waves;
    }

    static List<Step> sorted(List<Step> steps, Map<String, Integer> level) {
        List<Step> out = new ArrayList<>(steps);
        out.sort(Comparator.comparingInt((Step s) -> level.get(s.id())).thenComparing(Step::phase)
                .thenComparing(Step::id));
        return out;
    }
}
