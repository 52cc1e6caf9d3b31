package io.ipaccord.testing.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Packages point one way: fails, naming each cycle, when packages of a module's main code import each other in a
 * circle (directly or through others). Every package below the root, and the root itself, is one slice.
 * <p>
 * A module checks itself with a test class in its root package that extends this one (its package is the root):
 * {@code class PackageCyclesTest extends PackageCycles {}}, run with
 * {@code ./mvnw -pl <module> test -Dtest=PackageCyclesTest}. Or call {@link #assertNone(String)}.
 */
public abstract class PackageCycles {

    @Test
    void packagesAreFreeOfCycles() {
        assertNone(getClass().getPackageName());
    }

    /** @param root the module's root package; its main classes are read from the class path, tests and jars left out */
    public static void assertNone(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
        if (classes.isEmpty()) {
            throw new AssertionError("no main classes of package " + root + " on the class path");
        }
        rule(root).check(classes);
    }

    static ArchRule rule(String root) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(root) || name.startsWith(root + ".") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + root;
            }
        }).should().beFreeOfCycles();
    }
}
