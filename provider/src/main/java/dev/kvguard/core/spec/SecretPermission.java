package dev.kvguard.core.spec;

/** Access-policy permissions on secrets, spelled as Azure spells them. */
public enum SecretPermission implements SpecEnum {
    ALL("all"),
    BACKUP("backup"),
    DELETE("delete"),
    GET("get"),
    LIST("list"),
    PURGE("purge"),
    RECOVER("recover"),
    RESTORE("restore"),
    SET("set");

    private final String specName;

    SecretPermission(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
