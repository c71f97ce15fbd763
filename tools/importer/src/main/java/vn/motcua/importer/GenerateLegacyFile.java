package vn.motcua.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Writes a legacy export for tests and rehearsals: {@code GenerateLegacyFile N FILE [SEED [ID_PREFIX]]}. Dossiers of the
 * demo commune (31639) and district (946), received in working hours from 2022-01 to 2024-06, with every
 * outcome, with and without codes and due dates; about 1 line in 200 is bad on purpose (unknown unit, missing
 * channel, not JSON...) and must be rejected without stopping the rest.
 */
public final class GenerateLegacyFile {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> COMMUNE_PROCEDURES = List.of("1.001193", "1.000894", "1.000656");
    private static final List<String> DISTRICT_PROCEDURES = List.of("1.001612", "1.001570", "1.001266");
    private static final List<String> CHANNELS = List.of("IN_PERSON", "IN_PERSON", "ONLINE", "POSTAL");
    private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 6, 30).toEpochDay() - FIRST.toEpochDay());

    /** Of the legacy ids (and codes): another prefix makes another set of dossiers. */
    private static String prefix = "HT";

    private GenerateLegacyFile() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 20220704L);
        prefix = args.length > 3 ? args[3] : "HT";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write(i % 200 == 17 ? bad(i, random) : line(i, random));
                out.newLine();
            }
        }
        System.out.println("wrote " + count + " legacy dossiers to " + file);
    }

    private static String line(int i, Random random) {
        boolean commune = random.nextInt(3) > 0;
        String unit = commune ? "31639" : "946";
        String procedure = (commune ? COMMUNE_PROCEDURES : DISTRICT_PROCEDURES).get(random.nextInt(3));
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        ZonedDateTime received = LocalDateTime.of(day, java.time.LocalTime.of(7, 30).plusMinutes(random.nextInt(540)))
                .atZone(VIETNAM);
        StringBuilder json = new StringBuilder("{");
        field(json, "legacyId", prefix + "-" + String.format("%07d", i));
        if (random.nextBoolean()) {
            field(json, "code", prefix + "." + unit + "-" + String.format("%07d", i));
        }
        field(json, "unitCode", unit);
        field(json, "procedureCode", procedure);
        field(json, "channel", CHANNELS.get(random.nextInt(CHANNELS.size())));
        field(json, "receivedAt", offset(received));
        if (random.nextBoolean()) {
            field(json, "dueAt", offset(received.plusDays(3 + random.nextInt(12)).withHour(17).withMinute(0)));
        }
        int roll = random.nextInt(100);
        String outcome = roll < 45 ? "APPROVED" : roll < 60 ? "REJECTED" : roll < 67 ? "STOPPED" : roll < 74 ? "WITHDRAWN"
                : roll < 80 ? "REFUSED" : null;
        if (outcome != null) {
            field(json, "outcome", outcome);
            if (!outcome.equals("REFUSED")) {
                ZonedDateTime resolved = received.plusDays(random.nextInt(20)).plusHours(random.nextInt(5));
                field(json, "resolvedAt", offset(resolved));
                if ((outcome.equals("APPROVED") || outcome.equals("REJECTED")) && random.nextInt(10) < 7) {
                    field(json, "returnedAt", offset(resolved.plusDays(random.nextInt(5)).plusHours(1)));
                }
            }
        }
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private static String bad(int i, Random random) {
        String id = prefix + "-" + String.format("%07d", i);
        return switch (random.nextInt(5)) {
            case 0 -> "{\"legacyId\":\"" + id + "\",\"unitCode\":\"99999\",\"procedureCode\":\"1.001193\","
                    + "\"channel\":\"IN_PERSON\",\"receivedAt\":\"2022-03-01T08:00:00+07:00\"}";
            case 1 -> "{\"legacyId\":\"" + id + "\",\"unitCode\":\"31639\",\"procedureCode\":\"1.001193\","
                    + "\"receivedAt\":\"2022-03-01T08:00:00+07:00\"}";
            case 2 -> "{\"legacyId\":\"" + id + "\",\"unitCode\":\"31639\",\"procedureCode\":\"1.001193\","
                    + "\"channel\":\"IN_PERSON\",\"receivedAt\":\"01/03/2022 08:00\"}";
            case 3 -> "{\"legacyId\":\"" + id + "\",\"unitCode\":\"31639\",\"procedureCode\":\"1.001193\","
                    + "\"channel\":\"IN_PERSON\",\"receivedAt\":\"2022-03-01T08:00:00+07:00\",\"outcome\":\"APPROVED\","
                    + "\"resolvedAt\":\"2022-02-01T08:00:00+07:00\"}";
            default -> "{\"legacyId\": \"" + id + "\", truncated";
        };
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"").append(value).append("\",");
    }

    private static String offset(ZonedDateTime t) {
        return t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.ofHours(7))
                .format(java.time.format.DateTimeFormatter
                        .ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }
}
