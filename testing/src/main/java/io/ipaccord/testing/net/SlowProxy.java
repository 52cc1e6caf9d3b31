package io.ipaccord.testing.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on 127.0.0.1 in front of one server, whose answers it can hold back: with {@link #delay(Duration)} set,
 * every chunk the server sends waits that long before it reaches the client. It stands for a backend that has become
 * slow (overloaded, a stalled disk) while it still accepts connections, so a client sees its own timeouts fire.
 */
public final class SlowProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final ExecutorService pumps = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "slow-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private volatile Duration delay = Duration.ZERO;

    private SlowProxy(ServerSocket listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    /** A proxy on a free port forwarding to {@code 127.0.0.1:targetPort}, without delay until told. */
    public static SlowProxy to(int targetPort) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            SlowProxy proxy = new SlowProxy(listener, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
            proxy.pumps.execute(proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a proxy port", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** How long each chunk of the server's answers is held back from now on; zero forwards at once. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** How many client connections are open: one a client closes (or resets) is gone from the count at once. */
    public int openConnections() {
        return clients.size();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                try {
                    server.connect(target, 2000);
                } catch (IOException e) {
                    client.close();
                    server.close();
                    continue;
                }
                open.add(client);
                open.add(server);
                clients.add(client);
                pumps.execute(() -> pump(client, server, false));
                pumps.execute(() -> pump(server, client, true));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                Duration hold = delay;
                if (answers && !hold.isZero()) {
                    // The slowness being simulated, not a synchronisation.
                    TimeUnit.MILLISECONDS.sleep(hold.toMillis());
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (SocketException e) {
            // The other side closed: fall through and close both.
        } catch (IOException e) {
            // Same.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        clients.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        open.forEach(this::closeQuietly);
        pumps.shutdownNow();
    }
}
