import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The local launcher's development key pair and tokens (JDK only, run with the source launcher):
 * <ul>
 * <li>{@code java DevTokens.java keys <dir>}: creates {@code <dir>/private-key.pem} (PKCS#8) and
 * {@code <dir>/public-key.pem} (X.509) with a new RSA 2048 key pair, unless they exist;</li>
 * <li>{@code java DevTokens.java token <dir> <issuer> <role> [subject] [hours]}: prints a JWT signed RS256 with that
 * key: {@code iss}, {@code sub} and {@code upn} (default {@code local-<role>}), {@code groups} [role] (none for
 * {@code reader}), valid for {@code hours} (default 12).</li>
 * </ul>
 * The services verify these tokens with {@code mp.jwt.verify.publickey.location=<dir>/public-key.pem} and
 * {@code mp.jwt.verify.issuer=<issuer>}, which ./ipaccord sets. For development only: production tokens come from an
 * identity provider (deploy/README.md#security).
 */
public class DevTokens {

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("keys")) {
            keys(Path.of(args[1]));
        } else if (args.length >= 4 && args[0].equals("token")) {
            String role = args[3];
            if (!role.matches("reader|editor|admin")) {
                System.err.println("role must be reader, editor or admin (is: " + role + ")");
                System.exit(2);
            }
            String subject = args.length > 4 ? args[4] : "local-" + role;
            long hours = args.length > 5 ? Long.parseLong(args[5]) : 12;
            System.out.println(token(Path.of(args[1]), args[2], role, subject, hours));
        } else {
            System.err.println("usage: DevTokens keys <dir> | DevTokens token <dir> <issuer> <reader|editor|admin> [subject] [hours]");
            System.exit(2);
        }
    }

    static void keys(Path dir) throws Exception {
        Path privateKey = dir.resolve("private-key.pem");
        if (Files.exists(privateKey)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("public-key.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Path written = Files.writeString(dir.resolve("private-key.pem.tmp"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file stays readable by the user only where the platform allows it
        }
        Files.move(written, privateKey);
        System.out.println("created a development key pair in " + dir);
    }

    static String token(Path dir, String issuer, String role, String subject, long hours) throws Exception {
        String pem = Files.readString(dir.resolve("private-key.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        long now = Instant.now().getEpochSecond();
        String groups = role.equals("reader") ? "[]" : "[\"" + role + "\"]";
        String claims = "{\"iss\":" + json(issuer) + ",\"sub\":" + json(subject) + ",\"upn\":" + json(subject)
                + ",\"groups\":" + groups + ",\"iat\":" + now + ",\"exp\":" + (now + hours * 3600)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(signature.sign());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
