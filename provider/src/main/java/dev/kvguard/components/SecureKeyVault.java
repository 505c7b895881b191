package dev.kvguard.components;

import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.internal.Internal;
import com.pulumi.core.internal.OutputData;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import dev.kvguard.components.inputs.SecureKeyVaultArgs;
import dev.kvguard.core.limits.LimitsProfile;
import dev.kvguard.core.model.ResolvedVault;
import dev.kvguard.core.plan.Plan;
import dev.kvguard.core.plan.Planner;
import dev.kvguard.core.render.PlanRenderer;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.pulumi.CheckedInputs;
import dev.kvguard.pulumi.PreviewGate;
import dev.kvguard.pulumi.ProfileConfig;
import dev.kvguard.pulumi.PulumiLog;
import dev.kvguard.pulumi.VaultMaterialiser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An Azure Key Vault locked down to chosen networks, the way Microsoft documents it: logging, then the
 * subnets' service endpoints, then the firewall and virtual-network rules, then private endpoints and
 * their DNS registration, then trusted services.
 *
 * <p>The inputs are validated in the constructor, before anything is registered: any error fails
 * {@code pulumi preview} with one message listing every finding, and no resource is created; warnings
 * are logged against the component. Inputs only known after deployment are validated when they resolve.
 *
 * <p>Defaults: default action {@code Deny}; bypass {@code None} unless trusted services are listed;
 * purge protection on; 90-day soft-delete retention; the vault {@code protect}ed; audit logs on. Access
 * policies are declared inline and owned by this component: do not manage the same vault's policies
 * with separate {@code AccessPolicy} resources, or the two will overwrite each other.
 */
public final class SecureKeyVault extends ComponentResource {

    public static final String TYPE = "kvguard:index:SecureKeyVault";

    /** Resource id of the vault. */
    @Export(name = "vaultId", refs = {String.class})
    private final Output<String> vaultId;

    /** Data-plane URI of the vault, e.g. {@code https://kv-x.vault.azure.net/}. */
    @Export(name = "vaultUri", refs = {String.class})
    private final Output<String> vaultUri;

    /** Name of the limits profile the inputs were validated against. */
    @Export(name = "limitsProfile", refs = {String.class})
    private final Output<String> limitsProfile;

    /**
     * The deployment plan as JSON (the format of {@code kvguard plan --format json}), computed from the
     * resolved inputs with every finding; secret when any input is.
     */
    @Export(name = "plan", refs = {String.class})
    private final Output<String> plan;

    private final VaultMaterialiser.Children children;
    /** The plan of the known values as it may be shown, secrets hidden (the children are made from the real one). */
    private final Plan planned;
    private final Output<Plan> resolvedPlan;

    /**
     * @param name    logical name of the component; child resources are named after it
     * @param args    the vault, its firewall, access policies, logging and trusted services
     * @param options component options (may be null); {@code dependsOn} also holds back every child, so pass
     *                the virtual networks and resource groups that the spec names by plain strings
     */
    public SecureKeyVault(String name, SecureKeyVaultArgs args, ComponentResourceOptions options) {
        this(name, args, options, ProfileConfig.ofRunningDeployment(), PulumiLog.ofRunningDeployment());
    }

    /** The profile and the log are the deployment's that the component registers with, read on its thread now. */
    private SecureKeyVault(String name, SecureKeyVaultArgs args, ComponentResourceOptions options, LimitsProfile fallback,
                           PulumiLog log) {
        this(name, args, options, CheckedInputs.vault(args, fallback), fallback, log);
    }

    /**
     * Takes the inputs' snapshot once: an output that resolves between two looks could otherwise pass the
     * gate as pending and then plan as an error. The log is the deployment's that the component registers
     * with (see {@link PulumiLog}).
     */
    private SecureKeyVault(String name, SecureKeyVaultArgs args, ComponentResourceOptions options,
                           CheckedInputs<ResolvedVault> checked, LimitsProfile fallback, PulumiLog log) {
        super(TYPE, name, ResourceArgs.Empty, admit(name, checked, options));
        checked.warnings().forEach(f -> log.warn(f, this));
        Plan real = plan(checked);
        this.planned = checked.redaction().plan(real);
        Output<CheckedInputs<ResolvedVault>> resolved = CheckedInputs.complete(args, checked, TYPE, name,
                s -> CheckedInputs.vault(s, fallback),
                f -> log.warn(f, this));
        // With every input known at construction the resolved inputs are the checked ones: plan them once.
        this.resolvedPlan = resolved.applyValue(c -> c == checked ? planned : c.redaction().plan(plan(c)));
        this.children = VaultMaterialiser.materialise(this, name, real, checked,
                resolved.applyValue(CheckedInputs::value), options == null ? null : options.getDependsOn());
        Vault vault = children.vault();
        this.vaultId = vault.id();
        this.vaultUri = vault.properties().applyValue(p -> p.vaultUri().orElse(""));
        this.limitsProfile = Output.of(checked.profile().name());
        this.plan = resolvedPlan.applyValue(PlanRenderer::json);
        registerOutputs(Map.of("vaultId", vaultId, "vaultUri", vaultUri, "limitsProfile", limitsProfile, "plan", plan));
    }

    /** The plan of checked inputs, with the findings they can be trusted with. */
    private static Plan plan(CheckedInputs<ResolvedVault> checked) {
        return Planner.plan(new ValidationReport(checked.profile(), checked.findings(), checked.value()));
    }

    /** Validates before the component is registered, so that an invalid spec registers nothing at all. */
    private static ComponentResourceOptions admit(String name, CheckedInputs<ResolvedVault> checked, ComponentResourceOptions options) {
        PreviewGate.stopOnErrors(TYPE, name, checked.findings());
        return options;
    }

    public Output<String> vaultId() {
        return vaultId;
    }

    public Output<String> vaultUri() {
        return vaultUri;
    }

    public Output<String> limitsProfile() {
        return limitsProfile;
    }

    public Output<String> plan() {
        return plan;
    }

    /** The vault resource itself. */
    public Vault vault() {
        return children.vault();
    }

    /**
     * What anything that reads or writes the vault's keys, secrets or certificates should
     * {@code dependsOn}: the vault, its diagnostic setting (so that firewall denials are logged) and its
     * private endpoints with their DNS zone groups (so that the vault's name resolves privately).
     */
    public List<Resource> dataPlaneReady() {
        return children.dataPlaneReady();
    }

    /**
     * The plan as far as it is known now: once every input has resolved, the plan of the resolved
     * inputs (the one {@link #plan()} exports, with every finding); before that (in a preview, or while
     * an input is still pending) the plan of the values known at construction, which has the same steps
     * but reads "known after deployment" for the missing values and lacks the findings that need them.
     */
    public Plan deploymentPlan() {
        CompletableFuture<OutputData<Plan>> resolved = Internal.of(resolvedPlan).getDataAsync();
        if (resolved.isDone() && !resolved.isCompletedExceptionally()) {
            OutputData<Plan> data = resolved.join();
            if (data.isKnown() && data.getValueNullable() != null) {
                return data.getValueNullable();
            }
        }
        return planned;
    }

    /** The plan of the resolved inputs, with every finding and secret values hidden; secret when any input is. */
    public Output<Plan> resolvedPlan() {
        return resolvedPlan;
    }
}
