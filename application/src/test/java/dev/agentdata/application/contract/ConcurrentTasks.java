package dev.agentdata.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs indexed test tasks released together, for the concurrency tests of the contracts and the services. */
public final class ConcurrentTasks {

    private ConcurrentTasks() {
    }

    /** A task told its index among those released together. */
    @FunctionalInterface
    public interface IndexedTask<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code n} tasks released together (at most 32 threads); returns their results in task order. */
    public static <T> List<T> race(int n, IndexedTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 32));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> c = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
