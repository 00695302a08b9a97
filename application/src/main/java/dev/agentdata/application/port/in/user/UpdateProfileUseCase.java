package dev.agentdata.application.port.in.user;

import dev.agentdata.domain.user.User;

/** Changes email, name, timezone, locale or metadata; bad values are a ValidationException, a taken email an EmailTakenException. */
public interface UpdateProfileUseCase {
    User updateProfile(UpdateProfileCommand command);
}
