package io.ipaccord.gateway.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.error.ConflictException;
import io.ipaccord.gateway.error.ForbiddenException;
import io.ipaccord.gateway.error.GatewayException;
import io.ipaccord.gateway.error.InternalException;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.error.UnauthenticatedException;
import io.ipaccord.gateway.error.UnavailableException;
import io.ipaccord.gateway.error.ValidationException;
import jakarta.json.JsonArray;
import jakarta.ws.rs.ProcessingException;

class BackendErrorsTest {

    private static final String SERVICE = "member-service";

    private static GatewayException translate(Throwable failure) {
        return BackendErrors.translate(SERVICE, failure);
    }

    private static BackendException.Rejected rejected(int status, Problem problem) {
        return new BackendException.Rejected(SERVICE, status, problem);
    }

    @Test
    void validationProblemNamesTheFields() {
        Problem problem = new Problem("https://ipaccord.io/problems/validation", "Invalid input", 400, null, null,
                List.of(new Problem.FieldError("name", "must not be blank"),
                        new Problem.FieldError("alpha3", "must be an ISO 3166-1 alpha-3 code")));

        GatewayException error = translate(rejected(400, problem));

        assertThat(error).isInstanceOf(ValidationException.class);
        assertThat(error.getMessage()).isEqualTo("name: must not be blank; alpha3: must be an ISO 3166-1 alpha-3 code");
        assertThat(error.getExtensions()).containsEntry("code", "VALIDATION");
        assertThat((JsonArray) error.getExtensions().get("fields")).extracting(Object::toString)
                .containsExactly("\"name\"", "\"alpha3\"");
    }

    @Test
    void validationWithoutFieldErrorsKeepsTheDetail() {
        GatewayException error = translate(rejected(422, new Problem(null, "Unprocessable", 422,
                "termTo is before termFrom", null, null)));

        assertThat(error).isInstanceOf(ValidationException.class);
        assertThat(error.getMessage()).isEqualTo("termTo is before termFrom");
    }

    @Test
    void statusesMapToCodes() {
        assertThat(translate(rejected(404, new Problem(null, "Not Found", 404, "No member state XX", null, null))))
                .isInstanceOf(NotFoundException.class).hasMessage("No member state XX");
        assertThat(translate(rejected(409, new Problem(null, "Conflict", 409, "Member state CN is already registered",
                null, List.of(new Problem.FieldError("code", "Member state CN is already registered"))))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.fields()).containsExactly("code"))
                .hasMessage("Member state CN is already registered");
        assertThat(translate(rejected(401, new Problem(null, "Authentication required", 401, "The bearer token is not"
                + " valid", null, null))))
                .isInstanceOf(UnauthenticatedException.class).hasMessage("member-service refused the caller's token: The"
                        + " bearer token is not valid")
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "UNAUTHENTICATED"));
        assertThat(translate(rejected(403, null))).isInstanceOf(ForbiddenException.class)
                .hasMessage("member-service refused the caller's roles")
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN"));
        assertThat(translate(rejected(415, null))).isInstanceOf(InternalException.class);
        assertThat(translate(new BackendException.Failed(SERVICE, 503, null)))
                .isInstanceOf(UnavailableException.class).hasMessage("member-service failed (HTTP 503)");
    }

    @Test
    void outagesAreUnavailable() {
        List<Throwable> outages = List.of(
                new ProcessingException(new ConnectException("Connection refused")),
                new TimeoutException("timed out"),
                new CircuitBreakerOpenException("open"));

        assertThat(outages).map(BackendErrorsTest::translate).allSatisfy(error -> {
            assertThat(error).isInstanceOf(UnavailableException.class);
            assertThat(error.getExtensions()).containsEntry("code", "UNAVAILABLE").containsEntry("service", SERVICE);
        });
    }

    @Test
    void surprisesAreInternal() {
        assertThat(translate(new IllegalStateException("bug"))).isInstanceOf(InternalException.class)
                .hasMessage("Unexpected failure calling member-service");
    }
}
