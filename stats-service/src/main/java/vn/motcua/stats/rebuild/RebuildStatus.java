package vn.motcua.stats.rebuild;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the last rebuild of the projections stands.
 *
 * @param state        NEVER_RUN, READING (the topics from their beginning), SWAPPING (catching up, writing the
 *                     fresh tables and swapping them in), DONE or FAILED
 * @param eventsToRead records on the topics when the rebuild started
 * @param eventsRead   records read so far, catch-up included
 * @param skipped      records that are not readable events (the live consumer parks them in its dead-letter topic)
 * @param dossiers     dossiers in the rebuilt projection
 * @param units        units in the rebuilt projection
 */
public record RebuildStatus(String state, Optional<Instant> startedAt, Optional<Instant> finishedAt,
        long eventsToRead, long eventsRead, long skipped, long dossiers, long units, Optional<String> error) {

    static RebuildStatus neverRun() {
        return new RebuildStatus("NEVER_RUN", Optional.empty(), Optional.empty(), 0, 0, 0, 0, 0, Optional.empty());
    }

    static RebuildStatus started(Instant at) {
        return new RebuildStatus("READING", Optional.of(at), Optional.empty(), 0, 0, 0, 0, 0, Optional.empty());
    }

    public boolean running() {
        return state.equals("READING") || state.equals("SWAPPING");
    }

    RebuildStatus reading(long toRead, long read, long skippedSoFar) {
        return new RebuildStatus(state, startedAt, finishedAt, toRead, read, skippedSoFar, dossiers, units, error);
    }

    RebuildStatus swapping() {
        return new RebuildStatus("SWAPPING", startedAt, finishedAt, eventsToRead, eventsRead, skipped, dossiers, units,
                error);
    }

    RebuildStatus done(Instant at, long dossierCount, long unitCount) {
        return new RebuildStatus("DONE", startedAt, Optional.of(at), eventsToRead, eventsRead, skipped, dossierCount,
                unitCount, Optional.empty());
    }

    RebuildStatus failed(Instant at, String why) {
        return new RebuildStatus("FAILED", startedAt, Optional.of(at), eventsToRead, eventsRead, skipped, dossiers,
                units, Optional.of(why));
    }
}
