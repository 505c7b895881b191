package dev.kvguard.core.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The JSON (and SARIF) policy: every string goes through Jackson's writer, never through concatenation,
 * so the document stays valid whatever a value holds. Jackson already escapes C0 controls, quotes and
 * backslashes; this adds DEL, C1 controls and everything else the {@linkplain TextEscaper text policy}
 * refuses (bidi controls, invisible format characters, separators, surrogates), written as
 * backslash-u escapes, so that the same value read back is unchanged and printing the raw JSON to a
 * terminal cannot move the cursor or reorder text.
 */
final class JsonEscaper extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    JsonEscaper() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        // Jackson hands over UTF-16 units: supplementary characters arrive as surrogates, escaped pairwise.
        return TextEscaper.unsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
}
