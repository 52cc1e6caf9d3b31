package io.ipaccord.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One record waiting for (or done with) publication; see the platform migration for the table. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String key;

    @Column(name = "ce_id")
    public UUID ceId;

    @Column(name = "ce_type")
    public String ceType;

    @Column(name = "ce_source")
    public String ceSource;

    @Column(name = "ce_subject")
    public String ceSubject;

    @Column(name = "ce_time")
    public OffsetDateTime ceTime;

    /** W3C traceparent of the writing request, if it was traced. */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "trace_state")
    public String traceState;

    /** Who made the change (CloudEvents extension ipaccordactor); null for a tombstone and rows written before. */
    public String actor;

    /** JSON data; null for a tombstone. */
    public String payload;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public boolean isTombstone() {
        return payload == null;
    }
}
