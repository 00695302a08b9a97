package dev.agentdata.application.port.in.limit;

/**
 * Counts a request that failed authentication against its client address's quota; once that is spent, the address
 * is refused until the quota is whole again (see {@link ScreenAddressUseCase}).
 */
public interface CountFailedAuthenticationUseCase {
    QuotaDecision countFailure(String clientAddress);
}
