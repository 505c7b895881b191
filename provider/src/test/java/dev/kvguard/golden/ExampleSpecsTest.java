package dev.kvguard.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvguard.core.finding.Finding;
import dev.kvguard.core.spec.io.SpecReader;
import dev.kvguard.core.validate.ValidationReport;
import dev.kvguard.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every spec file under examples/ is checked: the realistic ones must be clean, the broken ones must fail. */
public class ExampleSpecsTest {

    public static final Path SPECS = Path.of("../examples/specs");

    static Stream<Path> specs() throws IOException {
        return Files.list(SPECS).filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void realisticSpecsHaveNoErrorsAndBrokenOnesDo(Path spec) throws Exception {
        ValidationReport report = Validator.validate(SpecReader.read(spec));
        List<Finding> errors = report.errors();
        if (spec.getFileName().toString().contains("broken")) {
            assertFalse(errors.isEmpty(), spec + " is meant to be broken");
        } else {
            assertTrue(errors.isEmpty(), spec + ": " + errors);
        }
    }

    @Test
    void theBrokenExampleShowsEveryMistakeItAnnotates() throws Exception {
        Path broken = SPECS.resolve("payments-vault-broken.yaml");
        long annotated = Files.readAllLines(broken).stream().filter(l -> l.contains("# broken")).count();
        long errors = Validator.validate(SpecReader.read(broken)).errors().size();
        assertTrue(errors >= annotated, errors + " errors for " + annotated + " annotated mistakes");
    }
}
