package io.ipaccord.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class JsonReadProblemsTest {

    enum Verified { YES, NO }

    record Seat(String body, int since) {
    }

    record State(String code, LocalDate memberSince, Verified verified, List<Seat> seats, boolean active) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"memberSince":"2020-02-30"}                  | memberSince: 2020-02-30 is not a date; expected YYYY-MM-DD
            {"memberSince":"0000-01-01x"}                 | memberSince: 0000-01-01x is not a date; expected YYYY-MM-DD
            {"memberSince":[1]}                           | memberSince: has the wrong kind of value; expected a date; expected YYYY-MM-DD
            {"verified":"MAYBE"}                          | verified: MAYBE is not a known value; expected one of YES, NO
            {"seats":[{"since":"soon"}]}                  | seats[0].since: soon is not a whole number (from -2147483648 to 2147483647)
            {"seats":{"a":1}}                             | seats: has the wrong kind of value; expected a list
            {"active":"perhaps"}                          | active: perhaps is not true or false
            {"code":{"x":1}}                              | code: has the wrong kind of value; expected a string
            {"colour":"red"}                              | colour: is not a field of this resource; expected one of active, code, memberSince, seats, verified
            {"code":"FR",                                 | code: ends before its JSON is complete (line 1, column 14)
            {"code" "FR"}                                 | code: is not well-formed JSON (line 1, column 9)
            '   '                                         | the body is empty; expected a JSON value
            """)
    void namesTheFieldWhatIsWrongAndWhatIsExpected(String body, String detail) {
        JsonReadProblems read = JsonReadProblems.of(failure(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.detail()).isEqualTo(detail);
        assertThat(JsonReadProblems.leaks(read.detail())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7b22636f6465223a2294ff227d | code: is not valid UTF-8 (line 1, column 11)",
            "7b22636f6465223a22c3 | code: ends before its JSON is complete (line 1, column 11)",
            "7b22636f6465223a2209227d | code: has a control character that JSON requires to be escaped (line 1, column 10)",
            "ff | the body is not well-formed JSON (line 1, column 1)"})
    void saysWhatIsWrongWithTheBytes(String hex, String expected) {
        String detail = JsonReadProblems.of(failure(HexFormat.of().parseHex(hex))).detail();

        assertThat(detail).isEqualTo(expected);
        assertThat(JsonReadProblems.leaks(detail)).isFalse();
    }

    private JsonProcessingException failure(byte[] body) {
        return catchThrowableOfType(JsonProcessingException.class, () -> json.readValue(body, State.class));
    }
}
