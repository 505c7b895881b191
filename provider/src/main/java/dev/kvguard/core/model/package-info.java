/**
 * The resolved vault: what validation leaves once every input is parsed, checked and matched, and the only
 * thing the planner and the Pulumi translators read. IPv4 rules carry their parsed range and the value Azure
 * is sent, subnets are typed references (managed by kvguard, or existing by id), trusted services carry how
 * they are admitted, and the limits profile is applied. Nothing downstream parses a string again.
 */
package dev.kvguard.core.model;
