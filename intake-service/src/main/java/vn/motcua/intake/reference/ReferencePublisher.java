package vn.motcua.intake.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.reference.CalendarPublished;
import vn.motcua.contracts.reference.ProcedurePublished;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.intake.calendar.UnitCalendars;
import vn.motcua.intake.catalogue.CatalogueRepository;
import vn.motcua.intake.catalogue.ProcedureHistory;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.unit.Successors;
import vn.motcua.intake.unit.UnitHistory;
import vn.motcua.intake.unit.UnitRepository;
import vn.motcua.intake.unit.UnitVersion;

/**
 * Publishes units, procedures and working calendars on the compacted topic {@code motcua.reference} (key =
 * code, {@code calendar:<id>} for calendars) through the outbox, so that other services keep a local copy.
 * Each record carries the whole unit, procedure or calendar. What
 * was last published is remembered per key (a hash of the content): a change is published once, whether it
 * came through the admin API or through a migration that ships data, and an unchanged one is not repeated.
 * At start-up every unit and procedure is compared, which publishes the shipped data on first start;
 * calendars are compared by the calendar seeder once it has seeded them.
 */
@ApplicationScoped
public class ReferencePublisher {

    private static final Logger LOG = Logger.getLogger(ReferencePublisher.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final EntityManager entityManager;
    private final UnitRepository units;
    private final CatalogueRepository catalogue;
    private final UnitCalendars calendars;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final UnitScope unitScope;

    ReferencePublisher(EntityManager entityManager, UnitRepository units, CatalogueRepository catalogue,
            UnitCalendars calendars, Outbox outbox, ObjectMapper json, Clock clock, UnitScope unitScope) {
        this.unitScope = unitScope;
        this.entityManager = entityManager;
        this.units = units;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    void publishChangesOnStart(@Observes StartupEvent start) {
        int published = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('reference_publication'))")
                    .getSingleResult();
            Map<String, List<UnitVersion>> byCode = units.all().stream()
                    .collect(Collectors.groupingBy(UnitVersion::code, TreeMap::new, Collectors.toList()));
            Successors successors = units.successors();
            int count = 0;
            for (var unit : byCode.entrySet()) {
                count += publishUnit(new UnitHistory(unit.getKey(), unit.getValue()), successors) ? 1 : 0;
            }
            for (String code : catalogue.codes()) {
                count += publishProcedure(code) ? 1 : 0;
            }
            return count;
        });
        if (published > 0) {
            LOG.infof("Published %d changed units and procedures on motcua.reference", published);
        }
    }

    /** Publishes the unit {@code code} if it differs from what was last published; true if it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishUnit(String code) {
        return publishUnit(units.history(code).orElseThrow(), units.successors());
    }

    private boolean publishUnit(UnitHistory history, Successors all) {
        String code = history.code();
        List<UnitChanged.Successor> successors = all.of(code).stream()
                .map(s -> new UnitChanged.Successor(s.code(), s.effectiveOn())).toList();
        List<UnitChanged.Version> versions = history.versions().stream()
                .map(v -> new UnitChanged.Version(v.version(), v.name(), v.level().name(), v.parentCode(),
                        v.electronicId(), v.electronicIdDemo(), v.validFrom(), v.validTo()))
                .toList();
        UnitChanged changed = new UnitChanged(code, versions, successors, clock.instant());
        // intake's own unit tree (admins' scope) follows its database at once, not the topic's round trip
        unitScope.apply(changed);
        return publishIfChanged(EventType.UNIT_CHANGED, code,
                new UnitChanged(code, versions, successors, Instant.EPOCH), changed);
    }

    /** Publishes the procedure {@code code} if it differs from what was last published; true if it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishProcedure(String code) {
        ProcedureHistory history = catalogue.history(code);
        List<ProcedurePublished.Version> versions = history.versions().stream().map(ReferencePublisher::toEvent).toList();
        return publishIfChanged(EventType.PROCEDURE_PUBLISHED, code,
                new ProcedurePublished(code, versions, Instant.EPOCH),
                new ProcedurePublished(code, versions, clock.instant()));
    }

    /**
     * Publishes the calendar {@code id} ({@code default} or a unit code) if it differs from what was last
     * published: its own hours (null if it keeps the default's) and every holiday year it holds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishCalendar(String id) {
        UnitCalendars.Stored hours = calendars.stored(id).orElse(new UnitCalendars.Stored(null, null));
        Map<Integer, List<CalendarPublished.Day>> byYear = new TreeMap<>();
        for (AnnouncedDay day : calendars.days(id)) {
            byYear.computeIfAbsent(day.year(), y -> new ArrayList<>()).add(
                    new CalendarPublished.Day(day.date(), day.kind().name(), day.name(), day.source()));
        }
        List<CalendarPublished.Year> years = byYear.entrySet().stream()
                .map(e -> new CalendarPublished.Year(e.getKey(), List.copyOf(e.getValue()))).toList();
        String key = CalendarPublished.key(id);
        return publishIfChanged(EventType.CALENDAR_PUBLISHED, key,
                new CalendarPublished(id, hours.weekdays(), hours.sessions(), years, Instant.EPOCH),
                new CalendarPublished(id, hours.weekdays(), hours.sessions(), years, clock.instant()));
    }

    private static ProcedurePublished.Version toEvent(ProcedureVersion v) {
        return new ProcedurePublished.Version(v.version(), v.name(), v.fieldCode(), v.fieldName(),
                v.levels().stream().map(Enum::name).sorted().toList(),
                new ProcedurePublished.ProcessingTime(v.processingTime().amount(), v.processingTime().unit().name(),
                        v.processingTime().cutOff().map(HOUR::format).orElse(null)),
                v.onlineLevel().name(), v.resultOnPaper(),
                v.components().stream().map(c -> new ProcedurePublished.Component(c.no(), c.name(), c.originals(),
                        c.copies(), c.mandatory())).toList(),
                v.fees().stream().map(f -> new ProcedurePublished.Fee(f.description(), f.amountVnd())).toList(),
                v.demoValues(), v.validFrom(), v.validTo());
    }

    /** {@code content} is the payload with a fixed instant, so that its hash changes only with the data. */
    private boolean publishIfChanged(EventType type, String key, Record content, Record payload) {
        String hash = sha256(content);
        int changed = entityManager.createNativeQuery("""
                insert into reference_publication (event_type, key, content_hash, published_at)
                values (:type, :key, :hash, :at)
                on conflict (event_type, key) do update set content_hash = excluded.content_hash,
                    published_at = excluded.published_at
                where reference_publication.content_hash <> excluded.content_hash""")
                .setParameter("type", type.type()).setParameter("key", key).setParameter("hash", hash)
                .setParameter("at", clock.instant())
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        outbox.append(type, key, key, payload);
        return true;
    }

    private String sha256(Record content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(content)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + content.getClass().getSimpleName(), e);
        }
    }
}
