package fi.hva.grants.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own ({@link ReliabilityNode}), against a database the test owns,
 * with the production settings for PostgreSQL and a job executor that is not deployment aware.
 */
final class AppNode implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final String name;
    private final List<String> arguments;
    private final Path log;
    private final int port;
    private final int managementPort;
    private Process process;

    AppNode(String name, String jdbcUrl, Path logDirectory, String... extraArguments) {
        this.name = name;
        this.port = freePort();
        this.managementPort = freePort();
        this.log = logDirectory.resolve(name + ".log");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.database.type=postgres",
                "--camunda.bpm.job-execution.deployment-aware=false",
                "--grants.node=" + name,
                "--grants.mail.deliver=false",
                "--grants.payment.debtor-name=Kainuun hyvinvointialue",
                "--grants.payment.debtor-iban=FI14 1009 3000 1234 58",
                "--grants.payment.debtor-bic=NDEAFIHH",
                "--grants.payment.debtor-business-id=2345678-0",
                "--spring.main.banner-mode=off"));
        args.addAll(Arrays.asList(extraArguments));
        this.arguments = List.copyOf(args);
    }

    AppNode start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=Europe/Helsinki",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ReliabilityNode.class.getName()));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start node " + name, e);
        }
        awaitHealthy();
        return this;
    }

    /** kill -9: the JVM gets no chance to finish a transaction or run a shutdown hook. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The server socket is not open yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("Node " + name + " did not become healthy in " + START_LIMIT + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
