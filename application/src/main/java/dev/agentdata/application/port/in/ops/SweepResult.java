package dev.agentdata.application.port.in.ops;

/** Outcome of one stuck-execution sweep: how many looked stuck, how many moved to timeout, how many ended meanwhile. */
public record SweepResult(int found, int timedOut, int skipped) {
    public static final SweepResult NONE = new SweepResult(0, 0, 0);
}
