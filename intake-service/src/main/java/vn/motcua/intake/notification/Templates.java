package vn.motcua.intake.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Vietnamese Qute templates of the notifications, one per kind and channel: {@code <kind>.email.txt} (first line
 * the subject, the rest the body) and {@code <kind>.sms.txt}. Those shipped in the jar under
 * {@code notification-templates/} are used unless {@code motcua.notification.templates-dir} holds a file of the same
 * name: a province edits its copy there, and the next notification uses it, without a rebuild or a restart.
 */
@ApplicationScoped
public class Templates {

    static final String SHIPPED = "notification-templates/";

    private final Engine engine;
    private final Optional<Path> directory;

    Templates(Engine engine, @ConfigProperty(name = "motcua.notification.templates-dir") Optional<Path> directory) {
        this.engine = engine;
        this.directory = directory;
    }

    /** A rendered message; {@code subject} null for an SMS. */
    public record Message(String subject, String body) {
    }

    public Message render(Kind kind, ChannelKind channel, Map<String, Object> data) {
        String name = kind.template() + "." + channel.suffix() + ".txt";
        Template template = engine.parse(source(name));
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        String text = instance.render().strip();
        if (channel == ChannelKind.SMS) {
            return new Message(null, text);
        }
        int end = text.indexOf('\n');
        return end < 0 ? new Message(text, "") : new Message(text.substring(0, end).strip(), text.substring(end + 1).strip());
    }

    private String source(String name) {
        if (directory.isPresent()) {
            Path edited = directory.get().resolve(name);
            if (Files.isRegularFile(edited)) {
                try {
                    return Files.readString(edited, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the notification template " + edited, e);
                }
            }
        }
        try (InputStream shipped = Templates.class.getClassLoader().getResourceAsStream(SHIPPED + name)) {
            if (shipped == null) {
                throw new IllegalStateException("no notification template " + name);
            }
            return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notification template " + name, e);
        }
    }
}
