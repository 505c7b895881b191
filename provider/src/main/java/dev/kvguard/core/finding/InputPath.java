package dev.kvguard.core.finding;

import dev.kvguard.core.spec.declaration.Property;
import java.util.ArrayList;
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
    public static final InputPath ROOT = new InputPath(null, null, -1, null);

    // A path is its parent plus one segment, so that child() and at() cost one small object: rules make a path
    // for every item they look at, and a maximal vault has thousands.
    private final InputPath parent;
    private final String name; // the property's name, or null for a list index and at the root
    private final int index; // the list index, or -1
    private final int depth;
    private String text; // computed once, when first shown or compared
    private int hash;

    private InputPath(InputPath parent, String name, int index, String text) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.text = text;
    }

    /** A top-level property. */
    public static InputPath of(String name) {
        return ROOT.child(name);
    }

    /** A top-level property, by its declaration. */
    public static InputPath of(Property<?> property) {
        return ROOT.child(property);
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
        return path.toString().equals(text) ? path : new InputPath(path.parent, path.name, path.index, text);
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
        return new InputPath(this, Objects.requireNonNull(name, "name"), -1, null);
    }

    /** The declared property of the object at this path. */
    public InputPath child(Property<?> property) {
        return child(property.name());
    }

    /** The item at {@code index} of the list at this path. */
    public InputPath at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return new InputPath(this, null, index, null);
    }

    public boolean isRoot() {
        return depth == 0;
    }

    /** Whether {@code other} is this path or lies inside it (a property or item below it). */
    public boolean covers(InputPath other) {
        InputPath p = other;
        while (p.depth > depth) {
            p = p.parent;
        }
        return equals(p);
    }

    /** The property names and indices, outermost first (names as {@code String}, indices as {@code Integer}). */
    public List<Object> segments() {
        Object[] out = new Object[depth];
        for (InputPath p = this; p.depth > 0; p = p.parent) {
            out[p.depth - 1] = p.name != null ? p.name : (Object) p.index;
        }
        return List.of(out);
    }

    /** By text, list indices numerically; two different paths with the same text (a name holding a dot) by segments. */
    @Override
    public int compareTo(InputPath other) {
        int byText = PathOrder.INSTANCE.compare(toString(), other.toString());
        if (byText != 0 || equals(other)) {
            return byText;
        }
        return segments().toString().compareTo(other.segments().toString()) < 0 ? -1 : 1;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InputPath p) || p.depth != depth || p.hashCode() != hashCode()) {
            return false;
        }
        InputPath a = this;
        InputPath b = p;
        while (a.depth > 0) {
            if (a.index != b.index || !java.util.Objects.equals(a.name, b.name)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && depth > 0) {
            h = 31 * parent.hashCode() + (name != null ? name.hashCode() : index);
            hash = h;
        }
        return h;
    }

    /** The text form users see: {@code networkRules.ipRules[3]}; empty for the spec itself. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            if (depth == 0) {
                t = "";
            } else if (name == null) {
                t = parent.toString() + "[" + index + "]";
            } else {
                t = parent.depth == 0 ? name : parent + "." + name;
            }
            text = t;
        }
        return t;
    }
}
