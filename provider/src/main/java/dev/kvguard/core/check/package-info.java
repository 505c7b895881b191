/**
 * What every rule set implements: the {@link dev.kvguard.core.check.RuleSet} contract and the
 * {@link dev.kvguard.core.check.Checking} it works in, where it reports findings and hands over what it
 * parsed for the resolved vault. Kept apart from the validator, which depends on every rule set.
 */
package dev.kvguard.core.check;
