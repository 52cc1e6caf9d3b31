package io.ipaccord.testing.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signed JWTs for tests, as an identity provider would issue them: RS256, issuer {@value #ISSUER}, roles in the
 * {@code groups} claim, signed with the committed test-only key pair {@code io/ipaccord/testing/auth/test-*-key.pem}
 * (never used outside tests). The test profile of every module points {@code mp.jwt.verify.*} at its public key
 * (this module's {@code META-INF/microprofile-config.properties}); packaged services started by tests get
 * {@link #verification()}.
 * <p>
 * Each method returns the compact token; {@link #bearer(String)} makes the {@code Authorization} header's value.
 */
public final class Tokens {

    public static final String ISSUER = "https://ipaccord.test/issuer";
    /** An issuer nobody in the tests trusts (unless a test says so). */
    public static final String OTHER_ISSUER = "https://somewhere-else.example/issuer";
    public static final String PUBLIC_KEY_RESOURCE = "io/ipaccord/testing/auth/test-public-key.pem";
    static final String PRIVATE_KEY_RESOURCE = "io/ipaccord/testing/auth/test-private-key.pem";
    /** The subject of {@link #editor()}, {@link #admin()} and {@link #reader()} unless one is given. */
    public static final String EDITOR_SUBJECT = "test-editor";
    public static final String ADMIN_SUBJECT = "test-admin";
    public static final String READER_SUBJECT = "test-reader";

    private static final Duration LIFETIME = Duration.ofHours(1);
    private static volatile PrivateKey signingKey;

    private Tokens() {
    }

    /** Role {@code editor}: may register, update, deposit, schedule. */
    public static String editor() {
        return signed(EDITOR_SUBJECT, Set.of("editor"));
    }

    /** Role {@code admin}: may also remove, withdraw, import and rebuild. */
    public static String admin() {
        return signed(ADMIN_SUBJECT, Set.of("admin"));
    }

    /** A valid token without any role: as much as no token for writes (403, not 401). */
    public static String reader() {
        return signed(READER_SUBJECT, Set.of());
    }

    /** A valid token for {@code subject} with {@code roles}. */
    public static String signed(String subject, Set<String> roles) {
        return claims(subject).groups(roles).sign(signingKey());
    }

    /** Expired an hour ago (beyond any clock skew allowance). */
    public static String expired(String role) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return custom(claims -> claims.groups(Set.of(role)).issuedAt(past).expiresAt(past.plus(LIFETIME)));
    }

    /** Right key, another issuer ({@value #OTHER_ISSUER}). */
    public static String wrongIssuer(String role) {
        return custom(claims -> claims.issuer(OTHER_ISSUER).groups(Set.of(role)));
    }

    /** Right issuer and claims, signed by a key nobody trusts. */
    public static String wrongKey(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(EDITOR_SUBJECT).groups(Set.of(role)).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token signed with the test key whose claims are a valid editor's ({@value #ISSUER}, {@value #EDITOR_SUBJECT},
     * an hour to live, no groups) changed by {@code change}, e.g. {@code c -> c.claim("roles", List.of("admin"))}.
     */
    public static String custom(UnaryOperator<JwtClaimsBuilder> change) {
        return change.apply(claims(EDITOR_SUBJECT)).sign(signingKey());
    }

    private static JwtClaimsBuilder claims(String subject) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).issuedAt(now).expiresAt(now.plus(LIFETIME));
    }

    /** The {@code Authorization} header's value for {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /**
     * The settings a packaged service (prod profile) needs to verify these tokens: the issuer and the public key,
     * copied to a file under {@code target/} (a child process does not see this module's class path).
     */
    public static Map<String, String> verification() {
        Path file = Path.of("target", "ipaccord-test-jwt", "public-key.pem").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource(PUBLIC_KEY_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("mp.jwt.verify.issuer", ISSUER, "mp.jwt.verify.publickey.location", file.toString());
    }

    private static PrivateKey signingKey() {
        PrivateKey key = signingKey;
        if (key == null) {
            try {
                key = KeyUtils.decodePrivateKey(resource(PRIVATE_KEY_RESOURCE));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("The test signing key cannot be read", e);
            }
            signingKey = key;
        }
        return key;
    }

    private static String resource(String name) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
