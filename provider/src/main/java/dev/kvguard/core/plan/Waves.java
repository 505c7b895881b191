package dev.kvguard.core.plan;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** The wave of every step, by its position in {@code steps}. */
    static int[] levels(List<Step> steps) {
        // Inline steps travel in the vault's request, so nothing waits for one (it waits for the vault): leaving
        // them out of the index spares hashing a thousand fresh access-policy ids.
        Map<String, Integer> index = new HashMap<>();
        int[] level = new int[steps.size()];
        String lastDep = null; // a thousand inline steps in a row wait for the same vault: look it up once
        int lastIndex = -1;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int wave = 0;
            List<String> deps = step.dependsOn();
            for (int k = 0; k < deps.size(); k++) { // indexed: an iterator per step is a thousand garbage objects
                String dep = deps.get(k);
                int d;
                if (dep.equals(lastDep)) {
                    d = lastIndex;
                } else {
                    Integer found = index.get(dep);
                    if (found == null) {
                        throw new IllegalStateException(step.id() + " depends on " + dep + ", which is not planned before it");
                    }
                    d = found;
                    lastDep = dep;
                    lastIndex = d;
                }
                boolean free = step.applies() == Applies.INLINE || steps.get(d).applies() == Applies.PRECONDITION;
                wave = Math.max(wave, level[d] + (free ? 0 : 1));
            }
            level[i] = wave;
            if (step.applies() != Applies.INLINE) {
                index.put(step.id(), i);
            }
        }
        return level;
    }

    /**
     * Positions of the steps ordered by wave, then phase, then the order the planner made them in (which
     * follows the spec): a stable counting sort on (wave, phase), so the same spec always gives the same order.
     */
    static int[] order(List<Step> steps, int[] level) {
        int phases = Phase.values().length;
        int buckets = (Arrays.stream(level).max().orElse(-1) + 1) * phases;
        int[] bucketOf = new int[steps.size()];
        int[] start = new int[buckets + 1];
        for (int i = 0; i < bucketOf.length; i++) {
            bucketOf[i] = level[i] * phases + steps.get(i).phase().ordinal();
            start[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[steps.size()];
        for (int i = 0; i < bucketOf.length; i++) {
            order[start[bucketOf[i]]++] = i;
        }
        return order;
    }

    /** The steps in that order, as the immutable list the plan keeps (so it need not copy it again). */
    static List<Step> sorted(List<Step> steps, int[] order) {
        Step[] out = new Step[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = steps.get(order[k]);
        }
        return List.of(out);
    }

    /** Step ids per wave, each wave in the sorted order. */
    static List<List<String>> group(List<Step> steps, int[] level, int[] order) {
        int count = Arrays.stream(level).max().orElse(-1) + 1;
        String[][] ids = new String[count][];
        int[] size = new int[count];
        for (int wave : level) {
            size[wave]++;
        }
        for (int w = 0; w < count; w++) {
            ids[w] = new String[size[w]];
            size[w] = 0;
        }
        for (int i : order) {
            ids[level[i]][size[level[i]]++] = steps.get(i).id();
        }
        List<List<String>> waves = new ArrayList<>(count);
        for (String[] wave : ids) {
            waves.add(List.of(wave));
        }
        return waves;
    }
}
