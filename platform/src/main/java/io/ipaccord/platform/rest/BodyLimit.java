package io.ipaccord.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.problem.ProblemKind;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * A body read as an entity stops at {@code ipaccord.http.max-body-size}: one over it is refused with 413
 * {@code content-too-large} problem details as soon as that many bytes are read. {@link RequestLimits} refuses a
 * declared {@code Content-Length} over it before anything is read; this is for a body sent without one (chunked),
 * whose size is known only while it arrives. Quarkus' own limit ({@code quarkus.http.limits.max-body-size}, set above
 * this one) stays as the backstop for what no entity reader reads, with its bare 413. First of the reader
 * interceptors, so every other one reads through it.
 */
@Provider
@Priority(Priorities.ENTITY_CODER - 1000)
public class BodyLimit implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = RequestLimits.MAX_BODY_SIZE, defaultValue = RequestLimits.DEFAULT_MAX_BODY_SIZE)
    MemorySize maxBody;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Bounded(context.getInputStream(), maxBody.asLongValue()));
        return context.proceed();
    }

    /** What a body over {@code max} bytes is refused with; {@code length} when known, else -1. */
    static String detail(long length, long max) {
        return (length >= 0 ? "The body is " + length + " bytes" : "The body is over " + max + " bytes")
                + "; at most " + max + " are accepted";
    }

    /** Counts what is read through it and throws 413 problem details once past the limit. */
    private static final class Bounded extends FilterInputStream {

        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                String detail = detail(-1, max);
                throw new ProblemException(ProblemKind.CONTENT_TOO_LARGE, detail,
                        List.of(new FieldError("body", detail)));
            }
        }
    }
}
