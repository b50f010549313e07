package fi.hva.grants.notification;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback SMTP setup on a port free when the class loads. Not GreenMail's fixed test port, so
 * that builds running side by side on one machine do not deliver into each other's servers; and
 * fixed for the class, so the Spring context and a restarted server agree on it.
 */
final class TestSmtp {

    static final String HOST = "127.0.0.1";

    private TestSmtp() {
    }

    static ServerSetup onFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return new ServerSetup(socket.getLocalPort(), HOST, ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
