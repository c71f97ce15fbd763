package vn.motcua.intake.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The providers the notification tests talk to, real servers on free ports: GreenMail's SMTP server and a fake SMS
 * gateway (JDK HttpServer) that records every request and can answer 503 for a while. Both channels are enabled
 * for the test application, and edited templates are read from a temporary directory.
 */
public class NotificationServers implements QuarkusTestResourceLifecycleManager {

    /** One request the SMS gateway got. */
    public record SmsRequest(String idempotencyKey, String authorization, String body, int answered) {
    }

    private static volatile GreenMail smtp;
    private static ServerSetup smtpSetup;
    private static HttpServer smsServer;
    private static final List<SmsRequest> SMS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger SMS_FAILURES_TO_COME = new AtomicInteger();
    private static Path templates;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (smsServer == null) {
                smtpSetup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
                startSmtp();
                smsServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                smsServer.createContext("/sms", exchange -> {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    int status = SMS_FAILURES_TO_COME.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 202;
                    SMS.add(new SmsRequest(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                            exchange.getRequestHeaders().getFirst("Authorization"), body, status));
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                });
                smsServer.start();
                templates = Files.createTempDirectory("motcua-notification-templates");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtpSetup.getPort()),
                "quarkus.mailer.from", "motcua@longphu.example.vn",
                "motcua.notification.email.enabled", "true",
                "motcua.notification.sms.enabled", "true",
                "motcua.notification.sms.endpoint",
                "http://127.0.0.1:" + smsServer.getAddress().getPort() + "/sms",
                "motcua.notification.sms.token", "test-sms-token",
                "motcua.notification.templates-dir", templates.toString());
    }

    @Override
    public void stop() {
        // the servers serve every application start of this JVM and die with it
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static synchronized void startSmtp() {
        GreenMail server = new GreenMail(smtpSetup);
        server.start();
        smtp = server;
    }

    /** The SMTP server goes away: connections are refused until {@link #startSmtp()}. */
    public static synchronized void stopSmtp() {
        smtp.stop();
    }

    /** Every message the current SMTP server received. */
    public static List<MimeMessage> mails() {
        return List.of(smtp.getReceivedMessages());
    }

    /** Every request the SMS gateway got, answered or refused. */
    public static List<SmsRequest> sms() {
        return List.copyOf(SMS);
    }

    /** The next {@code n} SMS requests are answered 503. */
    public static void failNextSms(int n) {
        SMS_FAILURES_TO_COME.set(n);
    }

    /** The directory of edited templates. */
    public static Path templates() {
        return templates;
    }
}
