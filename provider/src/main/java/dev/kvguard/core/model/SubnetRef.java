package dev.kvguard.core.model;

import dev.kvguard.core.finding.InputPath;

/** A subnet a virtual-network rule names: one whose endpoint kvguard manages, or an existing one by id. */
public sealed interface SubnetRef permits ManagedSubnet, ExistingSubnet {

    /** Where the rule is in the input. */
    InputPath path();

    /** The subnet's identity, {@code resource-group/network/subnet} in lower case: two rules with one key name one subnet. */
    String key();
}
