package vn.motcua.document.testing;

import static io.restassured.RestAssured.given;

/** Enrolment of demo signing certificates by a unit's administrator (the development CA issues them). */
public final class Certificates {

    private Certificates() {
    }

    public static void enrolLeader(String unit, String holderName) {
        given().header("Authorization", Officers.admin(unit)).contentType("application/json")
                .body("{\"kind\":\"PERSON\",\"username\":\"" + Officers.leaderName(unit) + "\",\"holderName\":\""
                        + holderName + "\"}")
                .post("/api/v1/signing-certificates").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    public static void enrolOrganisation(String unit, String name) {
        given().header("Authorization", Officers.admin(unit)).contentType("application/json")
                .body("{\"kind\":\"ORGANISATION\",\"holderName\":\"" + name + "\"}")
                .post("/api/v1/signing-certificates").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }
}
