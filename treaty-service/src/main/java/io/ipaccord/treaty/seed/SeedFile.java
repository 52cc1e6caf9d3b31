package io.ipaccord.treaty.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The seed's CSV files, on the class path under {@code seed/}, each named after its constant ({@code treaty_actions.csv}). */
enum SeedFile {
    TREATIES,
    ENTRY_INTO_FORCE_RULES,
    TREATY_ACTIONS,
    MEMBER_STATES,
    NOTIFICATION_DATES,
    DEPOSITARIES;

    /** The file's name, which its errors give. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".csv";
    }

    String resource() {
        return "seed/" + fileName();
    }

    /** Its records, numbered from 1 after the header. */
    List<SeedRow> rows() {
        ClassLoader cl = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(SeedFile.class.getClassLoader());
        try (InputStream in = cl.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("seed file missing from the class path: " + resource());
            }
            return SeedRow.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName(), e);
        }
    }
}
