package dev.kvguard.it.wire;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.Arrays;
import java.util.Map;

/** Property values as the engine encodes them in a protobuf Struct (Pulumi's special signatures). */
final class Wire {

    static final String SIG = "4dabf18193072939515e22adb298388d";
    static final String SECRET = "1b47061264138c4ac30d75fd1eb44270";
    static final String OUTPUT = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    static final String RESOURCE = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String STACK = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev";

    private Wire() {
    }

    static Value str(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    static Value bool(boolean b) {
        return Value.newBuilder().setBoolValue(b).build();
    }

    static Value list(Value... items) {
        return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(Arrays.asList(items))).build();
    }

    static Value object(Map<String, Value> fields) {
        return Value.newBuilder().setStructValue(Struct.newBuilder().putAllFields(fields)).build();
    }

    static Value unknown() {
        return str(FakeEngine.UNKNOWN);
    }

    static Value secret(Value value) {
        return object(Map.of(SIG, str(SECRET), "value", value));
    }

    /**
     * An output value as the engine marshals one (sdk/go/common/resource/plugin/rpc.go): a known value (or
     * none, when unknown), {@code secret} only when true, {@code dependencies} only when there are some.
     */
    static Value output(Value value, boolean secret, String... dependencies) {
        Struct.Builder s = Struct.newBuilder().putFields(SIG, str(OUTPUT));
        if (secret) {
            s.putFields("secret", bool(true));
        }
        if (dependencies.length > 0) {
            s.putFields("dependencies", list(Arrays.stream(dependencies).map(Wire::str).toArray(Value[]::new)));
        }
        if (value != null) {
            s.putFields("value", value);
        }
        return Value.newBuilder().setStructValue(s).build();
    }

    /**
     * A secret as the engine sends it to a provider that accepts output values: its Construct marshals the
     * inputs with {@code UpgradeToOutputValues} (pkg/resource/deploy/source_eval.go), which turns a secret
     * into an output value with {@code secret: true}.
     */
    static Value engineSecret(Value value) {
        return output(value, true);
    }

    /** An unknown as the engine sends it under {@code UpgradeToOutputValues}: an output value without a value. */
    static Value engineUnknown() {
        return output(null, false);
    }

    /** A property of the build's POMs, which surefire passes on (tests/pom.xml systemPropertyVariables). */
    static String pomProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(name + " must be set by surefire (tests/pom.xml systemPropertyVariables)");
        }
        return value;
    }

    static Value resource(String urn, String id) {
        return object(Map.of(SIG, str(RESOURCE), "urn", str(urn), "id", str(id)));
    }

    static boolean isSecret(Value v) {
        if (!v.hasStructValue()) {
            return false;
        }
        Map<String, Value> f = v.getStructValue().getFieldsMap();
        String sig = f.getOrDefault(SIG, str("")).getStringValue();
        return sig.equals(SECRET) || (sig.equals(OUTPUT) && f.getOrDefault("secret", bool(false)).getBoolValue());
    }

    /** The plain value inside secret and output-value wrappers (null when unknown). */
    static Value plain(Value v) {
        Value out = v;
        while (out.hasStructValue() && out.getStructValue().containsFields(SIG)) {
            String sig = out.getStructValue().getFieldsOrThrow(SIG).getStringValue();
            if (!sig.equals(SECRET) && !sig.equals(OUTPUT)) {
                return out;
            }
            if (!out.getStructValue().containsFields("value")) {
                return null;
            }
            out = out.getStructValue().getFieldsOrThrow("value");
        }
        return out;
    }

    static String urn(String type, String name) {
        return FakeEngine.urn(STACK, type, name);
    }
}
