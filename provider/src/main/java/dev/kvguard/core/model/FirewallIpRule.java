package dev.kvguard.core.model;

import dev.kvguard.core.azure.Ipv4Range;
import dev.kvguard.core.finding.InputPath;

/**
 * One IPv4 rule of the vault's firewall.
 *
 * @param path       where the user wrote it
 * @param text       as the user wrote it
 * @param range      the parsed range
 * @param azureValue what Azure is sent: the normalised range, a single address in the form the limits profile
 *                   decides ({@code a.b.c.d/32} where the profile accepts /32, as Azure stores it)
 */
public record FirewallIpRule(InputPath path, String text, Ipv4Range range, String azureValue) {
}
