package dev.agentdata.application.port.out;

import java.security.SecureRandom;

/** Source of secret random bytes (API keys), so tests can make them predictable. */
public interface SecretGenerator {
    byte[] randomBytes(int count);

    /** The production source: a shared {@link SecureRandom}. */
    static SecretGenerator secureRandom() {
        SecureRandom random = new SecureRandom();
        return count -> {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        };
    }
}
