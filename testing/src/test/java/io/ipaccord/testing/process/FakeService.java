package io.ipaccord.testing.process;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a packaged Quarkus app in {@link ServiceProcessTest}: same port property, same readiness path. */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        String exitCode = System.getProperty("fake.exit-code");
        if (exitCode != null) {
            System.out.println("fake service failing on purpose");
            System.exit(Integer.parseInt(exitCode));
        }
        int port = Integer.getInteger("quarkus.http.port");
        boolean ready = !"false".equals(System.getProperty("fake.ready"));
        HttpServer server = HttpServer.create(new InetSocketAddress(System.getProperty("quarkus.http.host"), port), 0);
        server.createContext("/q/health/ready", exchange -> respond(exchange, ready ? 200 : 503, ready ? "UP" : "DOWN"));
        server.createContext("/greeting", exchange -> respond(exchange, 200, System.getProperty("fake.greeting", "")));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake service stopping");
            server.stop(0);
        }));
        System.out.println("fake service listening on " + port);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
