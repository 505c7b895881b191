package dev.kvguard.cli;

/** Output formats the commands offer; each command accepts a subset. */
enum OutputFormat { TEXT, JSON, MARKDOWN, SARIF }
