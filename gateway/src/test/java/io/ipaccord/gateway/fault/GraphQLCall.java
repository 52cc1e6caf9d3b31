package io.ipaccord.gateway.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.testing.auth.Tokens;

/**
 * One GraphQL request to a gateway process over plain HTTP/1.1, on a connection of its own ({@code Connection:
 * close}), so a test under faults can tell exactly what happened to it: refused before it was sent
 * ({@link Outcome#REFUSED}), answered in full ({@link Outcome#ANSWERED}, with status and body), or cut off after the
 * gateway had accepted it ({@link Outcome#CUT_OFF}: reset, closed before a complete answer, or no answer in time).
 * Every request of the fault suite is built here, each with a fresh editor's token (enough for every mutation it
 * sends).
 */
record GraphQLCall(Outcome outcome, int status, JsonNode body, String failure, Duration took) {

    enum Outcome { REFUSED, ANSWERED, CUT_OFF }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    static GraphQLCall post(int port, String document, Map<String, ?> variables) {
        long start = System.nanoTime();
        Map<String, Object> request = new HashMap<>();
        request.put("query", document);
        request.put("variables", variables);
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            } catch (ConnectException e) {
                return new GraphQLCall(Outcome.REFUSED, 0, null, e.toString(), since(start));
            }
            socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\nAuthorization: " + Tokens.bearer(Tokens.editor())
                    + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(socket.getInputStream(), start);
        } catch (IOException e) {
            return new GraphQLCall(Outcome.CUT_OFF, 0, null, e.toString(), since(start));
        }
    }

    /** Reads the whole answer (the gateway closes the connection after it); incomplete is a cut-off. */
    private static GraphQLCall read(InputStream in, long start) throws IOException {
        byte[] all = in.readAllBytes();
        int headerEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String head = new String(all, 0, Math.max(headerEnd, 0), StandardCharsets.US_ASCII);
        if (headerEnd < 0 || !head.startsWith("HTTP/1.1 ")) {
            return new GraphQLCall(Outcome.CUT_OFF, 0, null, "incomplete answer: "
                    + new String(all, StandardCharsets.UTF_8), since(start));
        }
        int status = Integer.parseInt(head.substring(9, 12));
        String headers = head.toLowerCase();
        byte[] content = Arrays.copyOfRange(all, headerEnd + 4, all.length);
        if (headers.contains("transfer-encoding: chunked")) {
            content = dechunk(content);
            if (content == null) {
                return new GraphQLCall(Outcome.CUT_OFF, status, null, "incomplete chunked answer", since(start));
            }
        } else if (content.length < contentLength(headers)) {
            return new GraphQLCall(Outcome.CUT_OFF, status, null, "answer shorter than its Content-Length", since(start));
        }
        JsonNode json = content.length == 0 || !headers.contains("json") ? null : JSON.readTree(content);
        return new GraphQLCall(Outcome.ANSWERED, status, json, null, since(start));
    }

    private static int contentLength(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return 0;
    }

    /** The body of a chunked answer, or null when its last chunk is missing. */
    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, crlf, at);
            if (lineEnd < 0) {
                return null;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            int dataStart = lineEnd + 2;
            if (dataStart + size > chunked.length) {
                return null;
            }
            body.write(chunked, dataStart, size);
            at = dataStart + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Answered 200 with the field's data and no error at all. */
    boolean succeeded(String field) {
        return outcome == Outcome.ANSWERED && status == 200 && body != null && !body.has("errors")
                && body.path("data").hasNonNull(field);
    }

    /** The {@code extensions.code} of the error on {@code field} (the first path element), or null. */
    String errorCode(String field) {
        if (body == null) {
            return null;
        }
        for (JsonNode error : body.path("errors")) {
            if (field.equals(error.path("path").path(0).asText())) {
                return error.path("extensions").path("code").asText(null);
            }
        }
        return null;
    }

    JsonNode data(String field) {
        return body == null ? null : body.path("data").path(field);
    }

    @Override
    public String toString() {
        return outcome + " " + status + " in " + took.toMillis() + " ms" + (failure != null ? " (" + failure + ")" : "")
                + (body != null ? ": " + body : "");
    }
}
