package vn.motcua.intake.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationSenderBackoffTest {

    private final NotificationSender sender = new NotificationSender(null, null, null, 20, 10, Duration.ofSeconds(30),
            Duration.ofHours(1), "motcua.invalid");

    @Test
    void theWaitDoublesFromTheInitialBackoffAndStopsAtTheCap() {
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(sender.backoff(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(sender.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(sender.backoff(1000)).isEqualTo(Duration.ofHours(1));
    }
}
