package org.coopkit.carshare.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.demo.DemoClock;
import org.coopkit.carshare.demo.DemoData;
import org.coopkit.core.web.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the co-op's web app and REST API.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface to listen on (default ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--demo", description = "fill an empty database with the demo co-op and print the demo users")
    boolean demo;
    @Option(names = "--ballot-box-key", defaultValue = "data/ballot-box.key",
            description = "file holding the key that lets a secret vote be replaced by its own voter only; created if absent; keep it out of database backups (default ${DEFAULT-VALUE})")
    java.nio.file.Path ballotBoxKey;
    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535");
        DemoClock clock = new DemoClock();
        try (CarshareApp app = CarshareApp.open(db.config(), clock, org.coopkit.governance.ballots.BallotBoxKey.fromFile(ballotBoxKey))) {
            if (demo) DemoData.ensure(app, clock, System.err);
            else DemoData.warnIfInterrupted(app, System.err);
            // ballots close by themselves at their announced close, even when the board forgets
            java.util.concurrent.ScheduledExecutorService scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ballot-deadlines");
                t.setDaemon(true);
                return t;
            });
            app.governance().deadlineCloser().start(scheduler, java.time.Duration.ofSeconds(30));
            try (ApiServer server = ApiServer.start(host, port, app.resourceConfig(), app.webLimits())) {
                System.out.println("CoopKit car-sharing co-op running at " + server.baseUri());
                System.out.println("  API: " + server.baseUri() + "api/tariffs/current   OpenAPI: " + server.baseUri() + "api/openapi.json");
                if (demo) DemoData.printUsers(System.out);
                System.out.println("Press Ctrl-C to stop.");
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            } finally {
                scheduler.shutdownNow();
            }
        }
        return 0;
    }
}
