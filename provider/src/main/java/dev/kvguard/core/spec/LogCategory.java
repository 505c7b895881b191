package dev.kvguard.core.spec;

/** Key Vault diagnostic log categories. */
public enum LogCategory implements SpecEnum {
    AUDIT_EVENT("AuditEvent"),
    AZURE_POLICY_EVALUATION_DETAILS("AzurePolicyEvaluationDetails");

    private final String specName;

    LogCategory(String specName) {
        this.specName = specName;
    }

    @Override
    public String specName() {
        return specName;
    }
}
