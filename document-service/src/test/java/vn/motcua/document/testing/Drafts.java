package vn.motcua.document.testing;

import static io.restassured.RestAssured.given;

/** Draft outgoing documents, as a specialist creates them. */
public final class Drafts {

    private Drafts() {
    }

    /** A paper-only decision of the commune's People's Committee, without file: quick to number. */
    public static String paperDecision(String unit, String summary) {
        return create(unit, """
                {"type":"QD","issuer":"UBND","summary":"%s","signerName":"Nguyễn Văn An","signerTitle":"Chủ tịch",
                 "recipients":["Như Điều 3","Lưu: VT"],"deliveryMode":"PAPER_ONLY"}""".formatted(summary));
    }

    public static String create(String unit, String json) {
        return given().header("Authorization", Officers.specialist(unit)).contentType("application/json").body(json)
                .post("/api/v1/outgoing-documents").then().statusCode(201).extract().path("id");
    }
}
