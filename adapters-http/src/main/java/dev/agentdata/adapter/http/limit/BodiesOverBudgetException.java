package dev.agentdata.adapter.http.limit;

/** Large bodies already being read take the whole body memory budget: a 503, to be retried shortly. */
public final class BodiesOverBudgetException extends RuntimeException {
    public BodiesOverBudgetException(long budgetBytes) {
        super("the server is reading as many large request bodies as its memory allows (" + budgetBytes / 1048576
                + " MiB); retry shortly");
    }
}
