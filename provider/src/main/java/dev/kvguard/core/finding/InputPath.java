package dev.kvguard.core.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where an input sits in a spec or a component's inputs, such as {@code networkRules.ipRules[3]}: property
 * names and list indices, built segment by segment rather than by string concatenation. The text form is
 * the one users see in findings (names joined by dots, indices in brackets); the empty path is the spec
 * itself. Paths order the way the input reads: {@code ipRules[2]} before {@code ipRules[10]}.
 */
public final class InputPath implements Comparable<InputPath> {

    /** The spec as a whole. */
    public static final InputPath ROOT = new InputPath(List.of(), "");

    private final List<Object> segments; // String: a property name; Integer: a list index
    private final String text;

    private InputPath(List<Object> segments, String text) {
        this.segments = segments;
        this.text = text;
    }

    /** A top-level property. */
    public static InputPath of(String name) {
        return ROOT.child(name);
    }

    /** A property path written in its text form; any text gives back a path whose text is the same. */
    public static InputPath parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ROOT;
        }
        List<Object> segments = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean afterIndex = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '[' ? indexEnd(text, i) : -1;
            if (close > 0) {
                if (!afterIndex || name.length() > 0) {
                    segments.add(name.toString());
                }
                name.setLength(0);
                segments.add(Integer.valueOf(text.substring(i + 1, close)));
                afterIndex = true;
                i = close + 1;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                    afterIndex = false;
                }
            } else if (c == '.') {
                segments.add(name.toString());
                name.setLength(0);
                afterIndex = false;
                i++;
            } else {
                name.append(c);
                afterIndex = false;
                i++;
            }
        }
        if (!afterIndex) {
            segments.add(name.toString());
        }
        InputPath path = ROOT;
        for (Object segment : segments) {
            path = segment instanceof Integer index ? path.at(index) : path.child((String) segment);
        }
        return path.text.equals(text) ? path : new InputPath(path.segments, text);
    }

    /** The end of a {@code [digits]} index starting at {@code open}, or -1. */
    private static int indexEnd(String text, int open) {
        int k = open + 1;
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9' && k - open <= 9) {
            k++;
        }
        return k > open + 1 && k < text.length() && text.charAt(k) == ']' ? k : -1;
    }

    /** The named property of the object at this path. */
    public InputPath child(String name) {
        Objects.requireNonNull(name, "name");
        return new InputPath(append(name), text.isEmpty() && segments.isEmpty() ? name : text + "." + name);
    }

    /** The item at {@code index} of the list at this path. */
    public InputPath at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return new InputPath(append(index), text + "[" + index + "]");
    }

    private List<Object> append(Object segment) {
        List<Object> out = new ArrayList<>(segments.size() + 1);
        out.addAll(segments);
        out.add(segment);
        return Collections.unmodifiableList(out);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** Whether {@code other} is this path or lies inside it (a property or item below it). */
    public boolean covers(InputPath other) {
        return other.segments.size() >= segments.size() && other.segments.subList(0, segments.size()).equals(segments);
    }

    /** The property names and indices, outermost first (names as {@code String}, indices as {@code Integer}). */
    public List<Object> segments() {
        return segments;
    }

    /** The last property name on the path (the list's name for an item), or empty text at the root. */
    public String lastName() {
        for (int k = segments.size() - 1; k >= 0; k--) {
            if (segments.get(k) instanceof String name) {
                return name;
            }
        }
        return "";
    }

    @Override
    public int compareTo(InputPath other) {
        return PathOrder.INSTANCE.compare(text, other.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputPath p && p.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** The text form users see: {@code networkRules.ipRules[3]}; empty for the spec itself. */
    @Override
    public String toString() {
        return text;
    }
}
