package dev.agentdata.adapter.postgres.replica;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.application.port.out.ReplicaReads;
import dev.agentdata.application.port.out.SharedStateUnavailableException;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.application.port.out.WritePositions;
import dev.agentdata.application.port.out.storage.StorageMeter;

/**
 * Read/write splitting with read-your-writes across servers. A read of a user's own data goes to a replica that is up,
 * at most {@code DB_READ_MAX_LAG} behind, and has replayed the user's floor ({@link WritePositions#floor}); else to
 * the primary. After each 2xx write the primary's WAL position is remembered under every user whose data changed.
 * When the positions cannot be read (Redis down) the primary answers; when they were lost (no epoch) a new epoch
 * starts at the primary's position of that moment, and the primary answers until replicas pass it. A write whose
 * position cannot be remembered answers only once the replicas have it (or are skipped by every server).
 */
public final class ReplicaRouter implements ReplicaReads, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ReplicaRouter.class.getName());
    /** Positions outlive the lag a replica may have, so an expired one is covered by the lag check. */
    private static final Duration KEEP_BEYOND_LAG = Duration.ofSeconds(5);
    private static final Duration AWAIT_STEP = Duration.ofMillis(10);

    private final UnitOfWorkConnections primary;
    private final List<Replica> replicas;
    private final ReplicationMonitor monitor;
    private final WritePositions positions;
    private final Duration maxLag;
    private final AtomicInteger next = new AtomicInteger();
    private final LongAdder primaryReads = new LongAdder();
    private final LongAdder replicaReads = new LongAdder();

    private ReplicaRouter(UnitOfWorkConnections primary, List<Replica> replicas, ReplicationMonitor monitor,
                          WritePositions positions, Duration maxLag) {
        this.primary = primary;
        this.replicas = replicas;
        this.monitor = monitor;
        this.positions = positions;
        this.maxLag = maxLag;
    }

    /** Opens a pool per replica and starts the poll; the replicas serve once the first poll saw them caught up. */
    public static ReplicaRouter start(UnitOfWorkConnections primary, PostgresSettings primarySettings,
                                      ReplicaSettings settings, WritePositions positions) {
        List<Replica> replicas = new ArrayList<>();
        settings.replicas().forEach(s -> replicas.add(new Replica(s)));
        ReplicationMonitor monitor = new ReplicationMonitor(primarySettings, List.copyOf(replicas), settings.maxLag());
        monitor.start();
        return new ReplicaRouter(primary, List.copyOf(replicas), monitor, positions, settings.maxLag());
    }

    @Override
    public void ofOwnData(UUID userId, Runnable reads) {
        Replica target = choose(userId);
        if (target == null) {
            primaryReads.increment();
            reads.run();
        } else {
            replicaReads.increment();
            try {
                primary.onReplica(target.pool(), reads);
            } catch (StorageUnavailableException e) {
                // the replica went away under this read (reads have sent nothing yet): the primary answers instead
                target.down();
                primaryReads.increment();
                reads.run();
            }
        }
    }

    @Override
    public void changed(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        long position;
        try {
            position = primaryPosition();
        } catch (RuntimeException e) {
            // the write committed; without its position only the epoch can cover it, so raise one when possible
            LOG.log(Level.WARNING, "the primary's WAL position after a write could not be read: {0}", e.getMessage());
            return;
        }
        Duration keep = maxLag.plus(KEEP_BEYOND_LAG);
        try {
            for (UUID userId : userIds) {
                positions.remember(userId, position, keep);
            }
        } catch (SharedStateUnavailableException e) {
            // other servers may still trust a replica that lacks this write: answer once none does
            awaitReplicas(position);
        }
    }

    /**
     * Returns once every replica has replayed {@code position}, is down, or is further behind than the lag allows
     * (every server then skips it), at most {@code DB_READ_MAX_LAG} later.
     */
    private void awaitReplicas(long position) {
        long deadline = System.nanoTime() + maxLag.toNanos();
        while (System.nanoTime() < deadline) {
            long now = System.nanoTime();
            if (replicas.stream().allMatch(r -> !r.up() || r.replayed(position) || r.lag(now).compareTo(maxLag) > 0)) {
                return;
            }
            try {
                Thread.sleep(AWAIT_STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A replica that may answer {@code userId}'s reads now, or {@code null} for the primary. */
    private Replica choose(UUID userId) {
        OptionalLong floor;
        try {
            floor = positions.floor(userId);
        } catch (SharedStateUnavailableException e) {
            return null;
        }
        if (floor.isEmpty()) {
            startEpoch();
            return null;
        }
        long now = System.nanoTime();
        int size = replicas.size();
        int first = Math.floorMod(next.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            Replica replica = replicas.get((first + i) % size);
            if (replica.mayServe(floor.getAsLong(), maxLag, now)) {
                return replica;
            }
        }
        return null;
    }

    /** The remembered positions were lost (or never kept): none is older than the primary's position now. */
    private void startEpoch() {
        try {
            positions.startEpoch(primaryPosition());
        } catch (RuntimeException e) {
            // Redis or the primary is down: the next read tries again, and reads the primary meanwhile
        }
    }

    private long primaryPosition() {
        return primary.call(c -> WalPosition.read(c, WalPosition.PRIMARY).orElseThrow());
    }

    /** Reads by where they ran, and each replica's lag (seconds; -1 while it is down). */
    public List<StorageMeter> meters() {
        List<StorageMeter> meters = new ArrayList<>();
        meters.add(StorageMeter.counter("agentdata_db_reads", "Reads of a caller's own data, by where they ran",
                Map.of("target", "primary"), primaryReads::sum));
        meters.add(StorageMeter.counter("agentdata_db_reads", "Reads of a caller's own data, by where they ran",
                Map.of("target", "replica"), replicaReads::sum));
        for (Replica replica : replicas) {
            meters.add(new StorageMeter("agentdata_db_replica_lag_seconds",
                    "How far the replica is behind the primary (-1: down)", StorageMeter.Type.GAUGE,
                    Map.of("replica", replica.name()),
                    () -> replica.up() ? replica.lag(System.nanoTime()).toNanos() / 1e9 : -1));
        }
        return meters;
    }

    @Override
    public void close() {
        monitor.close();
        replicas.forEach(Replica::close);
    }
}
