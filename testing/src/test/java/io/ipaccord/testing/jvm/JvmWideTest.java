package io.ipaccord.testing.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.postgres.PostgresServer;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A @QuarkusTest loads this library again in the application's class loader; this simulates that loader. */
class JvmWideTest {

    @Test
    void aCopyOfTheLibraryInAnotherClassLoaderSeesTheSameBrokerAndDatabaseServer() throws Exception {
        try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> foreignBroker = isolated.loadClass(KafkaBroker.class.getName());
            assertNotSame(KafkaBroker.class, foreignBroker);
            Object broker = foreignBroker.getMethod("shared").invoke(null);
            assertEquals(KafkaBroker.shared().bootstrapServers(), foreignBroker.getMethod("bootstrapServers").invoke(broker));

            Class<?> foreignPostgres = isolated.loadClass(PostgresServer.class.getName());
            Object postgres = foreignPostgres.getMethod("shared").invoke(null);
            assertEquals(PostgresServer.shared().baseUrl(), foreignPostgres.getMethod("baseUrl").invoke(postgres));
        }
    }

    private static URL[] classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    try {
                        return new File(entry).toURI().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
    }
}
