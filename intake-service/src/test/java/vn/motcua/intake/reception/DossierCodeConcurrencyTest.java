package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.intake.Fixtures.DAI_NGAI;
import static vn.motcua.intake.Fixtures.birthRegistration;
import static vn.motcua.intake.Fixtures.frontDesk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.MutableClock;
import vn.motcua.testsupport.RealInfrastructure;

/** Dossier codes under concurrent receptions: a daily sequence per unit without gaps or duplicates. */
@QuarkusTest
class DossierCodeConcurrencyTest {

    private static final int RECEPTIONS = 48;
    private static final int THREADS = 12;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Response receive(String idempotencyKey) {
        var request = given().header("Authorization", frontDesk(DAI_NGAI)).contentType(ContentType.JSON)
                .body(birthRegistration());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/dossiers");
    }

    private static <T> List<T> allAtOnce(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> sequencesInDatabase(String unit, String yymmdd) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                PreparedStatement query = connection.prepareStatement(
                        "select code from dossier where unit_code = ? and code like ? order by code")) {
            query.setString(1, unit);
            query.setString(2, "%-" + yymmdd + "-%");
            List<Integer> sequences = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sequences.add(DossierCode.parse(rs.getString(1)).sequence());
                }
            }
            return sequences.stream().sorted().toList();
        }
    }

    @Test
    void parallelReceptionsOfOneUnitGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 4, 8, 8, 30));

        List<String> codes = allAtOnce(RECEPTIONS, () -> {
            Response response = receive(null);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            return response.jsonPath().getString("dossier.code");
        });

        assertThat(codes).doesNotHaveDuplicates().hasSize(RECEPTIONS)
                .allMatch(code -> code.startsWith("000.00.62.H92-260408-"));
        List<Integer> all = sequencesInDatabase(DAI_NGAI, "260408");
        assertThat(all).as("every number of the day from 1, once each")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());
        assertThat(all).hasSizeGreaterThanOrEqualTo(RECEPTIONS);
    }

    @Test
    void parallelRetriesOfOneRequestMakeOneDossier() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 4, 9, 8, 30));
        String key = UUID.randomUUID().toString();

        List<Response> responses = allAtOnce(8, () -> receive(key));

        assertThat(responses).allMatch(r -> r.statusCode() == 201);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("dossier.id")).distinct()).hasSize(1);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("dossier.code")).distinct()).hasSize(1);
        assertThat(responses.stream().filter(r -> !r.jsonPath().getBoolean("replayed"))).hasSize(1);
        assertThat(sequencesInDatabase(DAI_NGAI, "260409")).containsExactly(1);
    }
}
