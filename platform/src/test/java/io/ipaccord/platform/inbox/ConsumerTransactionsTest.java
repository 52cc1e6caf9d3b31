package io.ipaccord.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;

/** Which failures a consumer waits out (the database unreachable) and which fail its channel (anything else). */
class ConsumerTransactionsTest {

    @Test
    void aLostOrRefusedConnectionIsWaitedOut() {
        assertThat(ConsumerTransactions.databaseUnreachable(new PersistenceException("could not execute",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(ConsumerTransactions.databaseUnreachable(new SQLException("terminating connection due to"
                + " administrator command", "57P01"))).isTrue();
        assertThat(ConsumerTransactions.databaseUnreachable(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(ConsumerTransactions.databaseUnreachable(new IllegalStateException(
                new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void anythingElseFailsTheChannel() {
        assertThat(ConsumerTransactions.databaseUnreachable(new PersistenceException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(ConsumerTransactions.databaseUnreachable(new IllegalArgumentException("unreadable record"))).isFalse();
        assertThat(ConsumerTransactions.databaseUnreachable(new SQLException("no state"))).isFalse();
    }
}
