package dev.kvguard.core.spec;

/** Access-policy permissions on managed storage accounts, spelled as Azure spells them. */
public enum StoragePermission implements SpecEnum {
    ALL("all"),
    BACKUP("backup"),
    DELETE("delete"),
    DELETE_SAS("deletesas"),
    GET("get"),
    GET_SAS("getsas"),
    LIST("list"),
    LIST_SAS("listsas"),
    PURGE("purge"),
    RECOVER("recover"),
    REGENERATE_KEY("regeneratekey"),
    RESTORE("restore"),
    SET("set"),
    SET_SAS("setsas"),
    UPDATE("update");

    private final String specName;

    StoragePermission(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
