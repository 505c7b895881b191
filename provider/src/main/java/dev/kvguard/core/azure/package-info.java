/**
 * Azure's vocabulary, parsed: IPv4 addresses and ranges with the special-purpose ranges Azure refuses, GUIDs,
 * the resource ids of subnets, vaults and private DNS zones, and the clouds a region belongs to. Pure value
 * types and parsers with no rules of their own; the rule sets ({@code core.network}, {@code core.privatelink}...)
 * decide what a parsed value means for a vault.
 */
package dev.kvguard.core.azure;
