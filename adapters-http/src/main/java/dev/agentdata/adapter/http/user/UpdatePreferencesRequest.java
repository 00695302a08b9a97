package dev.agentdata.adapter.http.user;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.application.port.in.user.UpdatePreferencesCommand;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.user.NotificationPreferences;
import dev.agentdata.domain.user.NotificationType;

/** Body of {@code PATCH /me/preferences}: any subset of the preference fields; absent ones stay, null is a 400. */
public record UpdatePreferencesRequest(Integer maxEmailsPerDay, Boolean notifyOnAgentRun,
                                       Boolean notifyOnZeroBalance, Boolean notifyOnLowBalance,
                                       Boolean notifyOnBlockExecutionFailed,
                                       Boolean notifyOnContinuousAgentError, Boolean notifyOnDailySummary,
                                       Boolean notifyOnWeeklySummary, Boolean notifyOnMonthlySummary,
                                       Boolean notifyOnAgentApproved, Boolean notifyOnAgentRejected) {

    public UpdatePreferencesCommand toCommand(UUID userId) {
        if (maxEmailsPerDay != null
                && (maxEmailsPerDay < 0 || maxEmailsPerDay > NotificationPreferences.MAX_EMAILS_PER_DAY_LIMIT)) {
            throw ValidationException.of("max_emails_per_day", "must be between 0 and 100");
        }
        Map<NotificationType, Boolean> switches = new EnumMap<>(NotificationType.class);
        put(switches, NotificationType.AGENT_RUN, notifyOnAgentRun);
        put(switches, NotificationType.ZERO_BALANCE, notifyOnZeroBalance);
        put(switches, NotificationType.LOW_BALANCE, notifyOnLowBalance);
        put(switches, NotificationType.BLOCK_EXECUTION_FAILED, notifyOnBlockExecutionFailed);
        put(switches, NotificationType.CONTINUOUS_AGENT_ERROR, notifyOnContinuousAgentError);
        put(switches, NotificationType.DAILY_SUMMARY, notifyOnDailySummary);
        put(switches, NotificationType.WEEKLY_SUMMARY, notifyOnWeeklySummary);
        put(switches, NotificationType.MONTHLY_SUMMARY, notifyOnMonthlySummary);
        put(switches, NotificationType.AGENT_APPROVED, notifyOnAgentApproved);
        put(switches, NotificationType.AGENT_REJECTED, notifyOnAgentRejected);
        return new UpdatePreferencesCommand(userId, maxEmailsPerDay, switches);
    }

    private static void put(Map<NotificationType, Boolean> map, NotificationType type, Boolean value) {
        if (value != null) {
            map.put(type, value);
        }
    }
}
