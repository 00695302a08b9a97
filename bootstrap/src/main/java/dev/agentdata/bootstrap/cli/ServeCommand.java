package dev.agentdata.bootstrap.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.agentdata.bootstrap.AppConfig;
import dev.agentdata.bootstrap.AuthSettings;
import dev.agentdata.bootstrap.Main;
import dev.agentdata.bootstrap.RunningServer;
import dev.agentdata.bootstrap.TokenMinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve} (the default command): runs the HTTP server until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP server (the default when no command is given).")
public final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--dev", description = "Development mode: without JWT_SECRET, generate a random secret "
            + "and print it with a ready token.")
    private boolean dev;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = main.appConfig();
        if (dev && config.auth().jwtSecret().isEmpty()) {
            String secret = AuthSettings.randomSecret();
            config = config.withAuth(config.auth().withSecret(secret));
            printDevCredentials(secret);
        }
        config.auth().requireSecret();
        RunningServer server = RunningServer.start(main.config(), config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "agentdata-shutdown"));
        stopped.await();
        return 0;
    }

    private void printDevCredentials(String secret) {
        UUID devUser = UUID.randomUUID();
        String token = new TokenMinter(secret).mint(devUser, "dev@example.org", "Dev", false, Instant.now(),
                Duration.ofHours(12));
        main.out().println("DEV MODE: generated JWT_SECRET=" + secret);
        main.out().println("DEV MODE: token for user " + devUser + " (valid 12h):");
        main.out().println(token);
        main.out().flush();
    }
}
