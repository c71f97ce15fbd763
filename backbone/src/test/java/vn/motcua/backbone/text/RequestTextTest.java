package vn.motcua.backbone.text;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Control characters are refused once, here, for every body and parameter of every service. */
@QuarkusTest
class RequestTextTest {

    @Test
    void anyUnicodeTextPassesAndMultiLineFieldsKeepTheirLineBreaks() {
        given().contentType(ContentType.JSON)
                .body("{\"applicant\":{\"name\":\"Ánh Tuyết 😀\",\"address\":\"Ấp 3\\nLong Phú\"},\"note\":\"a\\r\\nb\"}")
                .post("/test/texts").then().statusCode(200)
                .body("applicant.name", equalTo("Ánh Tuyết 😀")).body("applicant.address", equalTo("Ấp 3\nLong Phú"));
    }

    @Test
    void aNulInABodyIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"applicant\":{\"name\":\"An\\u0000\"}}")
                .post("/test/texts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("applicant.name"))
                .body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void aLineBreakInASingleLineFieldIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"applicant\":{\"name\":\"An\\nBình\"}}")
                .post("/test/texts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("applicant.name"));
        given().contentType(ContentType.JSON).body("{\"tags\":[\"a\",\"b\\u0007\"]}")
                .post("/test/texts").then().statusCode(400).body("errors[0].field", equalTo("tags[1]"));
    }

    @Test
    void aNulInAQueryOrPathParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).get("/test/texts/ABC?q=x%00y").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/test/texts/AB%00C").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        given().urlEncodingEnabled(false).get("/test/texts/ABC?q=x%0Ay").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().get("/test/texts/ABC?q=Long Phú 😀").then().statusCode(200).body(equalTo("ABC/Long Phú 😀"));
    }
}
