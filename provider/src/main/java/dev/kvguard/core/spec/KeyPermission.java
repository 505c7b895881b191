package dev.kvguard.core.spec;

/** Access-policy permissions on keys, spelled as Azure spells them. */
public enum KeyPermission implements SpecEnum {
    ALL("all"),
    BACKUP("backup"),
    CREATE("create"),
    DECRYPT("decrypt"),
    DELETE("delete"),
    ENCRYPT("encrypt"),
    GET("get"),
    GET_ROTATION_POLICY("getrotationpolicy"),
    IMPORT("import"),
    LIST("list"),
    PURGE("purge"),
    RECOVER("recover"),
    RELEASE("release"),
    RESTORE("restore"),
    ROTATE("rotate"),
    SET_ROTATION_POLICY("setrotationpolicy"),
    SIGN("sign"),
    UNWRAP_KEY("unwrapKey"),
    UPDATE("update"),
    VERIFY("verify"),
    WRAP_KEY("wrapKey");

    private final String specName;

    KeyPermission(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
