package dev.kvguard.core.spec.io;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed spec file: its tree, and the line of each input path, both from the same parse. */
public record SpecDocument(JsonNode tree, SpecLocator locator) {
}
