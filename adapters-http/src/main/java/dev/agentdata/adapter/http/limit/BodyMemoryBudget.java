package dev.agentdata.adapter.http.limit;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import dev.agentdata.adapter.http.problem.ProblemMapper;

/**
 * Bounds the memory that large request bodies take at once. A body is read whole and then held, as bytes, as a JSON
 * tree, as the stored value and as the answer, several times its size, so many concurrent 16 MiB bodies would
 * exhaust any heap. Bodies over {@link #SMALL_BODY} share a budget (by declared length; a chunked body counts as
 * the largest allowed): a request that does not fit waits for others to finish, up to {@link #WAIT}, then gets a
 * 503 (with {@code Retry-After}, as every 503). Small bodies, the bulk of the traffic, never wait.
 */
public final class BodyMemoryBudget implements Filter {
    /** Bodies up to this size are not counted. */
    public static final long SMALL_BODY = 64 * 1024;
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final int KIB = 1024;

    private final Duration wait;
    private final Semaphore kib;
    private final long budgetBytes;
    private final long maxPayloadBytes;
    private final ProblemMapper problems;

    /**
     * @param budgetBytes     what large bodies may add up to at once (at least one body of {@code maxPayloadBytes})
     * @param maxPayloadBytes the body limit, what a body of unknown length counts as
     */
    public BodyMemoryBudget(long budgetBytes, long maxPayloadBytes, ProblemMapper problems) {
        this(budgetBytes, maxPayloadBytes, problems, WAIT);
    }

    BodyMemoryBudget(long budgetBytes, long maxPayloadBytes, ProblemMapper problems, Duration wait) {
        this.wait = wait;
        this.budgetBytes = Math.max(budgetBytes, maxPayloadBytes);
        this.maxPayloadBytes = maxPayloadBytes;
        this.kib = new Semaphore(permits(this.budgetBytes));
        this.problems = problems;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long declared = req.headers().contentLength().orElse(-1);
        boolean chunked = req.headers().contains(HeaderNames.TRANSFER_ENCODING);
        long counted = chunked ? maxPayloadBytes : Math.min(declared, maxPayloadBytes);
        if (counted <= SMALL_BODY) {
            chain.proceed();
            return;
        }
        int permits = permits(counted);
        boolean acquired;
        try {
            acquired = kib.tryAcquire(permits, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            problems.write(req, res, new BodiesOverBudgetException(budgetBytes));
            return;
        }
        try {
            chain.proceed();
        } finally {
            kib.release(permits);
        }
    }

    /** KiB permits, rounded up: the semaphore counts KiB so that 2 GiB of budget still fits an int. */
    private static int permits(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, (bytes + KIB - 1) / KIB);
    }
}
