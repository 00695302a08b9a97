package dev.agentdata.bootstrap.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.agentdata.bootstrap.Main;
import dev.agentdata.bootstrap.TokenMinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code token}: prints a JWT signed with the configured secret, for scripts and the README tour. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print an HS256 JWT signed with the configured JWT_SECRET.")
public final class TokenCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--sub", required = true, description = "User id (UUID), the token's sub claim.")
    private UUID subject;

    @Option(names = "--email", required = true, description = "The email claim.")
    private String email;

    @Option(names = "--name", description = "Display name (claim user_metadata.name).")
    private String name;

    @Option(names = "--admin", description = "Add role=admin (grants the admin routes).")
    private boolean admin;

    @Option(names = "--ttl", defaultValue = "1h", converter = TtlConverter.class,
            description = "Lifetime: 1h, 30m, 3600s, 2d (default: ${DEFAULT-VALUE}).")
    private Duration ttl;

    @Override
    public Integer call() {
        String secret = main.appConfig().auth().requireSecret();
        String token = new TokenMinter(secret).mint(subject, email, name, admin, Instant.now(), ttl);
        main.out().println(token);
        return 0;
    }
}
