package dev.kvguard.core.check;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.finding.Findings;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.model.AccessPolicy;
import dev.kvguard.core.model.DiagnosticSetting;
import dev.kvguard.core.model.FirewallIpRule;
import dev.kvguard.core.model.PrivateEndpoint;
import dev.kvguard.core.model.SubnetRef;
import dev.kvguard.core.model.TrustedAdmission;
import java.util.List;
import java.util.Optional;

/**
 * One validation run: the limits profile in force, the findings so far, and the parts of the resolved vault
 * that rule sets parsed. Each part has one owning rule set; parts nobody set stay empty.
 */
public final class Checking {
    private final LimitsProfile profile;
    private final Findings findings;
    private List<FirewallIpRule> ipRules = List.of();
    private List<SubnetRef> subnets = List.of();
    private List<AccessPolicy> accessPolicies = List.of();
    private List<TrustedAdmission> trustedServices = List.of();
    private Optional<DiagnosticSetting> diagnosticSetting = Optional.empty();
    private List<PrivateEndpoint> privateEndpoints = List.of();

    public Checking(LimitsProfile profile, Findings findings) {
        this.profile = profile;
        this.findings = findings;
    }

    public LimitsProfile profile() {
        return profile;
    }

    public void add(Finding finding) {
        findings.add(finding);
    }

    public Findings findings() {
        return findings;
    }

    public void ipRules(List<FirewallIpRule> rules) {
        ipRules = List.copyOf(rules);
    }

    public List<FirewallIpRule> ipRules() {
        return ipRules;
    }

    public void subnets(List<SubnetRef> refs) {
        subnets = List.copyOf(refs);
    }

    public List<SubnetRef> subnets() {
        return subnets;
    }

    public void accessPolicies(List<AccessPolicy> policies) {
        accessPolicies = List.copyOf(policies);
    }

    public List<AccessPolicy> accessPolicies() {
        return accessPolicies;
    }

    public void trustedServices(List<TrustedAdmission> admissions) {
        trustedServices = List.copyOf(admissions);
    }

    public List<TrustedAdmission> trustedServices() {
        return trustedServices;
    }

    public void diagnosticSetting(Optional<DiagnosticSetting> setting) {
        diagnosticSetting = setting;
    }

    public Optional<DiagnosticSetting> diagnosticSetting() {
        return diagnosticSetting;
    }

    public void privateEndpoints(List<PrivateEndpoint> endpoints) {
        privateEndpoints = List.copyOf(endpoints);
    }

    public List<PrivateEndpoint> privateEndpoints() {
        return privateEndpoints;
    }
}
