package io.ipaccord.testing.auth;

import java.util.Set;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Gives every RestAssured request of a {@code @QuarkusTest} that changes something (any method but GET, HEAD and
 * OPTIONS: REST writes and GraphQL POSTs alike) an {@link Tokens#admin() admin} token, unless it carries an
 * {@code Authorization} header of its own. The one place the tests written before writes needed a token get one;
 * a test of a refusal sets its own header, or sends none with {@code given().noFilters()}.
 * <p>
 * Registered for every module that uses {@code testing} through {@code META-INF/services} (a Quarkus test callback).
 */
public class WritesAsAdmin implements QuarkusTestBeforeEachCallback, Filter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(WritesAsAdmin.class::isInstance)) {
            RestAssured.filters(new WritesAsAdmin());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (!READS.contains(request.getMethod()) && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", Tokens.bearer(Tokens.admin()));
        }
        return context.next(request, response);
    }
}
