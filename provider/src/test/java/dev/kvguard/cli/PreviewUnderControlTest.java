package dev.kvguard.cli;

import static dev.kvguard.cli.KvguardCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvguard.testing.SarifSchema;
import org.junit.jupiter.api.Test;

/**
 * {@code kvguard preview} runs the program in a child JVM: a time limit stops it, {@code System.exit}
 * is a failure, its stdout stays out of the report, and a failing static initialiser is told apart
 * from a missing class. No test measures time: a limit is checked by its outcome.
 */
class PreviewUnderControlTest {

    static final String PROGRAMS = MisbehavingPrograms.class.getName();

    @Test
    void aProgramThatSleepsForeverIsStoppedAtTheLimitWithOneLine() {
        KvguardCliTest.Run r = run("preview", "--program", PROGRAMS, "--function", "sleepsForever", "--timeout", "1",
                "--format", "json");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals("kvguard: the program did not finish within the 1 s time limit (--timeout); it was stopped\n", r.err());
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(), "the child JVM is gone");
    }

    @Test
    void aProgramThatLoopsForeverIsStoppedToo() {
        KvguardCliTest.Run r = run("preview", "--program", PROGRAMS, "--function", "loopsForever", "--timeout", "2");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().endsWith("kvguard: the program did not finish within the 2 s time limit (--timeout); it was stopped\n"),
                r.err());
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(), "the child JVM is gone");
    }

    @Test
    void aProgramsExceptionIsReportedOnce() throws Exception {
        KvguardCliTest.Run r = run("preview", "--program", PROGRAMS, "--function", "throwsAnException", "--format", "json");
        assertEquals(1, r.code(), r.out() + r.err());
        JsonNode errors = new ObjectMapper().readTree(r.out()).get("errors");
        assertEquals("[\"IllegalArgumentException: the stack has no name\"]", errors.toString());
    }

    @Test
    void theTimeLimitMustBePositive() {
        KvguardCliTest.Run r = run("preview", "--program", PROGRAMS, "--timeout", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("kvguard: --timeout must be at least 1 second, not 0"), r.err());
        assertEquals(2, run("preview", "--program", PROGRAMS, "--timeout", "soon").code());
    }

    @Test
    void systemExitZeroIsAFailureNotAPass() {
        KvguardCliTest.Run r = run("preview", "--program", PROGRAMS, "--function", "exitsZero");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals("kvguard: the program ended its JVM itself (exit status 0, e.g. System.exit(0)) before the preview "
                + "finished; nothing was previewed\n", r.err());
    }

    @Test
    void systemExitWithAnotherStatusNamesIt() {
        KvguardCliTest.Run r = run("preview", "--program", PROGRAMS, "--function", "exitsThree", "--format", "sarif");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("(exit status 3, e.g. System.exit(3))"), r.err());
    }

    @Test
    void theProgramsStdoutGoesToStderrAndTheJsonStaysClean() throws Exception {
        KvguardCliTest.Run r = run("preview", "--program", PROGRAMS, "--function", "printsToStdout", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(PROGRAMS + ".printsToStdout", json.get("program").asText());
        assertEquals("ip-rule-host-bits", json.at("/findings/0/ruleId").asText());
        assertTrue(r.err().contains("program: {\"failed\": false}\n"), r.err());
        assertTrue(r.err().contains("program: result: preview passes\\u001B[2J\n"), "escaped, and marked as the program's: "
                + r.err());
        assertFalse(r.out().contains("{\"failed\": false}"));
    }

    @Test
    void theProgramsStdoutStaysOutOfSarifAndText() throws Exception {
        KvguardCliTest.Run sarif = run("preview", "--program", PROGRAMS, "--function", "printsToStdout", "--format", "sarif");
        assertEquals(0, sarif.code(), sarif.err());
        SarifSchema.assertValid(sarif.out());
        KvguardCliTest.Run text = run("preview", "--program", PROGRAMS, "--function", "printsToStdout");
        assertTrue(text.out().startsWith("kvguard offline preview of " + PROGRAMS + ".printsToStdout\n"), text.out());
        assertEquals(1, text.out().lines().filter(l -> l.startsWith("result: ")).count(), text.out());
    }

    @Test
    void aFailingStaticInitialiserIsReportedAsSuchWithTheFirstLineOfItsCause() {
        KvguardCliTest.Run r = run("preview", "--program", MisbehavingPrograms.BrokenInitialiser.class.getName());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("kvguard: class " + MisbehavingPrograms.BrokenInitialiser.class.getName() + " was found but its static "
                + "initialiser failed: java.lang.IllegalStateException: no configuration found\n", r.err());
    }

    @Test
    void aMissingClassIsStillAClassPathProblem() {
        KvguardCliTest.Run r = run("preview", "--program", "com.acme.Missing");
        assertEquals("kvguard: cannot load class com.acme.Missing (is it on --classpath?)\n", r.err());
    }
}
