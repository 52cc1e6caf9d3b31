package io.ipaccord.gateway.auth;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.ipaccord.contracts.security.Roles;
import io.ipaccord.gateway.error.ForbiddenException;
import io.ipaccord.gateway.error.UnauthenticatedException;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who sends the GraphQL request, from the JWT in its {@code Authorization} header, verified by SmallRye JWT's parser
 * with the configured key and issuer (signature, issuer, expiry; roles from its {@code groups} claim). Every mutation
 * calls {@link #require} first, so a refused one reaches no backend and is answered as a GraphQL error on its path;
 * the backends verify the token again ({@link ForwardedAuthorization}). Queries and subscriptions need no token.
 * <p>
 * The token is parsed here rather than through the HTTP security layer: a lazily authenticated request whose token
 * fails is answered by that layer with a bare HTTP 401, before any GraphQL error could be written.
 */
@ApplicationScoped
public class Caller {

    private static final String BEARER = "Bearer ";

    @Inject JWTParser parser;

    /**
     * Refuses the mutation unless the caller's token grants {@code role} ({@link Roles#EDITOR} or
     * {@link Roles#ADMIN}; an admin may do what an editor may).
     *
     * @throws UnauthenticatedException no token, or one that does not verify
     * @throws ForbiddenException a valid token without the role
     */
    public void require(String role) {
        String authorization = ForwardedAuthorization.callerAuthorization();
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthenticatedException("This mutation needs a bearer token (Authorization: Bearer <JWT>)"
                    + " with role " + role, null);
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthenticatedException("The Authorization header must be 'Bearer <JWT>'", null);
        }
        JsonWebToken token;
        try {
            token = parser.parse(authorization.substring(BEARER.length()).trim());
        } catch (ParseException invalid) {
            throw new UnauthenticatedException(
                    "The bearer token is not valid (expired, wrongly signed or from another issuer)", invalid);
        }
        Set<String> granted = new TreeSet<>(token.getGroups() == null ? Set.of() : token.getGroups());
        if (granted.stream().noneMatch(g -> Roles.allows(g, role))) {
            throw new ForbiddenException("This mutation needs role " + role + "; the token grants "
                    + (granted.isEmpty() ? "no role" : String.join(", ", granted)), null);
        }
    }
}
