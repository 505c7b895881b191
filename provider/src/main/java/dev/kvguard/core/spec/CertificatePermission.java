package dev.kvguard.core.spec;

/** Access-policy permissions on certificates, spelled as Azure spells them. */
public enum CertificatePermission implements SpecEnum {
    ALL("all"),
    BACKUP("backup"),
    CREATE("create"),
    DELETE("delete"),
    DELETE_ISSUERS("deleteissuers"),
    GET("get"),
    GET_ISSUERS("getissuers"),
    IMPORT("import"),
    LIST("list"),
    LIST_ISSUERS("listissuers"),
    MANAGE_CONTACTS("managecontacts"),
    MANAGE_ISSUERS("manageissuers"),
    PURGE("purge"),
    RECOVER("recover"),
    RESTORE("restore"),
    SET_ISSUERS("setissuers"),
    UPDATE("update");

    private final String specName;

    CertificatePermission(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
