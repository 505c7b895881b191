package dev.kvguard.testing;

import dev.kvguard.cli.KvguardCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code kvguard} command with its output captured.
 *
 * @param code the exit code
 * @param out  what it printed on stdout
 * @param err  what it printed on stderr
 */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        CommandLine cli = KvguardCli.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
