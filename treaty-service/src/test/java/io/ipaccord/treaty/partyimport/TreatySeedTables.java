package io.ipaccord.treaty.partyimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The depositary tables of the seed ({@code seed/parties/<code>.csv}), read as the seed reads them. */
final class TreatySeedTables {

    /** The 27 treaties with a table, as the seed's README lists them. */
    static final String[] CODES = {"BEIJING", "BERNE", "BRUSSELS", "GRATK", "HAGUE", "HAGUE_GENEVA_1999", "LISBON",
        "LISBON_GENEVA_2015", "LOCARNO", "MADRID_MARKS", "MADRID_PROTOCOL", "MADRID_SOURCE", "MARRAKESH", "NAIROBI",
        "NICE", "PARIS", "PCT", "PHONOGRAMS", "RDLT", "ROME", "SINGAPORE", "STRASBOURG_IPC", "TLT", "WASHINGTON_IPIC",
        "WCT", "WIPO_CONV", "WPPT"};

    private TreatySeedTables() {
    }

    static Map<String, String> all() {
        Map<String, String> tables = new LinkedHashMap<>();
        Stream.of(CODES).forEach(code -> tables.put(code, text("seed/parties/" + code + ".csv")));
        return tables;
    }

    static String text(String resource) {
        try (InputStream in = TreatySeedTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
