package io.ipaccord.contracts.treaty;

import static io.ipaccord.contracts.treaty.InstrumentType.ACCEPTANCE;
import static io.ipaccord.contracts.treaty.InstrumentType.ACCESSION;
import static io.ipaccord.contracts.treaty.InstrumentType.APPROVAL;
import static io.ipaccord.contracts.treaty.InstrumentType.CONTINUED_APPLICATION;
import static io.ipaccord.contracts.treaty.InstrumentType.RATIFICATION;
import static io.ipaccord.contracts.treaty.InstrumentType.SIGNATURE;
import static io.ipaccord.contracts.treaty.InstrumentType.SIGNATURE_WITHOUT_RESERVATION;
import static io.ipaccord.contracts.treaty.InstrumentType.SUCCESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The rules of an instrument type, defined once for treaty-service's engine, its validation and the gateway. */
class InstrumentTypeTest {

    @Test
    void theUsualQualifyingTypesAreTheConsentsToBeBound() {
        assertThat(InstrumentType.usuallyQualifying()).containsExactly(RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL);
    }

    @Test
    void onlyConsentsToBeBoundMayQualify() {
        assertThat(Arrays.stream(InstrumentType.values()).filter(InstrumentType::mayQualify))
                .containsExactly(SIGNATURE_WITHOUT_RESERVATION, RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL);
    }

    @Test
    void successionsAndUnrecordedInstrumentsBindWithoutQualifying() {
        assertThat(Arrays.stream(InstrumentType.values()).filter(InstrumentType::binds))
                .containsExactly(SIGNATURE_WITHOUT_RESERVATION, RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL, SUCCESSION,
                        CONTINUED_APPLICATION, InstrumentType.UNKNOWN);
        assertThat(Arrays.stream(InstrumentType.values()).filter(InstrumentType::isSuccession))
                .containsExactly(SUCCESSION, CONTINUED_APPLICATION);
        assertThat(Arrays.stream(InstrumentType.values()).filter(InstrumentType::isSignature))
                .containsExactly(SIGNATURE, SIGNATURE_WITHOUT_RESERVATION);
    }

    @Test
    void parsesTheSeedsSpelling() {
        assertThat(InstrumentType.parse(" continued application")).isEqualTo(CONTINUED_APPLICATION);
        assertThat(InstrumentType.parse("signature-without-reservation")).isEqualTo(SIGNATURE_WITHOUT_RESERVATION);
        assertThat(InstrumentType.parse("RATIFICATION")).isEqualTo(RATIFICATION);
    }
}
