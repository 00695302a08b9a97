package dev.agentdata.domain.user;

/** The kinds of notification a user can switch on or off, one per {@code notify_on_*} preference. */
public enum NotificationType {
    AGENT_RUN, ZERO_BALANCE, LOW_BALANCE, BLOCK_EXECUTION_FAILED, CONTINUOUS_AGENT_ERROR, DAILY_SUMMARY,
    WEEKLY_SUMMARY, MONTHLY_SUMMARY, AGENT_APPROVED, AGENT_REJECTED
}
