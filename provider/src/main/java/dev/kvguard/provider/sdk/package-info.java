/**
 * kvguard's workarounds for behaviour of the Pulumi Java SDK 1.36.1 provider runtime, kept in one place so
 * that each can be dropped when the SDK fixes it; each class names the behaviour it works around.
 * (The pinned engine log of {@code dev.kvguard.pulumi.PulumiLog} is the one outside: components use it in
 * Java programs too.)
 */
package dev.kvguard.provider.sdk;
