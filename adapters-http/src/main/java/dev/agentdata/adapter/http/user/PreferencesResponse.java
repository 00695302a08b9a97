package dev.agentdata.adapter.http.user;

import dev.agentdata.domain.user.NotificationPreferences;
import dev.agentdata.domain.user.NotificationType;

/** A user's notification preferences on the wire. */
public record PreferencesResponse(int maxEmailsPerDay, boolean notifyOnAgentRun, boolean notifyOnZeroBalance,
                                  boolean notifyOnLowBalance, boolean notifyOnBlockExecutionFailed,
                                  boolean notifyOnContinuousAgentError, boolean notifyOnDailySummary,
                                  boolean notifyOnWeeklySummary, boolean notifyOnMonthlySummary,
                                  boolean notifyOnAgentApproved, boolean notifyOnAgentRejected) {

    public static PreferencesResponse from(NotificationPreferences p) {
        return new PreferencesResponse(p.maxEmailsPerDay(), p.isEnabled(NotificationType.AGENT_RUN),
                p.isEnabled(NotificationType.ZERO_BALANCE), p.isEnabled(NotificationType.LOW_BALANCE),
                p.isEnabled(NotificationType.BLOCK_EXECUTION_FAILED), p.isEnabled(NotificationType.CONTINUOUS_AGENT_ERROR),
                p.isEnabled(NotificationType.DAILY_SUMMARY), p.isEnabled(NotificationType.WEEKLY_SUMMARY),
                p.isEnabled(NotificationType.MONTHLY_SUMMARY), p.isEnabled(NotificationType.AGENT_APPROVED),
                p.isEnabled(NotificationType.AGENT_REJECTED));
    }
}
