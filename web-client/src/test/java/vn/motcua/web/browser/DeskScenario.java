package vn.motcua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's day in a real browser, against a running platform (system-tests/web-client-test.sh): the front desk
 * receives a dossier from the keyboard alone and downloads the receipt; specialist and leader take it to approval,
 * the clerk hands the result to the desk, which returns it; the supervisor sees it in today's figures and in
 * Biểu 06; the citizen looks it up with the receipt's code and rates the service; another unit's official cannot
 * open it; a citizen submits online and the desk accepts it; the clerk numbers a paper decision; a request handed in
 * incomplete gets its supplement request (form 02); a citizen registers, submits online signed in and finds the dossier
 * in their account. No page may log a console error; each main screen is saved as a PNG under target/browser-scenario.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskScenario {

    /** On a failure, each open browser's screen, page and console go to target/browser-scenario/failed-*. */
    @RegisterExtension
    static final Browser.Evidence EVIDENCE = new Browser.Evidence();

    /** Each step continues the one before: after a failure, the rest would only repeat it. */
    @BeforeEach
    void theStepsBeforeSucceeded() {
        Assumptions.assumeFalse(EVIDENCE.failed(), "an earlier step of the scenario failed");
    }

    private static final String PROCEDURE_SEARCH = System.getProperty("motcua.browser.procedure-search", "dang ky khai sinh");
    private static final String UNIT = System.getProperty("motcua.browser.unit", "31639");
    private static String code;
    private static String secret;

    @Test
    @Order(1)
    void theFrontDeskReceivesADossierFromTheKeyboardAloneAndDownloadsTheReceipt() throws IOException {
        {
            Browser desk = EVIDENCE.open("frontdesk");
            desk.open("/tiep-nhan").signIn("frontdesk.commune");
            desk.visible(By.id("procedure-search"));
            assertThat(desk.active().getAttribute("id")).isEqualTo("procedure-search");
            desk.keys(PROCEDURE_SEARCH);
            desk.wait.until(d -> !d.findElements(By.cssSelector("#procedure-results input")).isEmpty());
            desk.keys(Keys.ENTER); // the first procedure found
            desk.wait.until(d -> "component".equals(d.switchTo().activeElement().getAttribute("class")));
            while ("component".equals(desk.active().getAttribute("class"))) {
                desk.keys(Keys.SPACE); // every component handed in
                desk.keys(Keys.TAB);
            }
            for (int tabs = 0; tabs < 5 && !"applicant-name".equals(desk.active().getAttribute("id")); tabs++) {
                desk.keys(Keys.TAB); // channel and applicant kind keep their defaults
            }
            assertThat(desk.active().getAttribute("id")).isEqualTo("applicant-name");
            desk.keys("Nguyễn Thị Ánh Tuyết", Keys.TAB, "094185001234", Keys.TAB, "02/03/1985", Keys.TAB,
                    "0912 345 678", Keys.TAB, Keys.TAB, "Ấp Phú Đức, Long Phú", Keys.ENTER);
            code = desk.visible(By.id("outcome-code")).getText();
            secret = desk.driver.findElement(By.id("outcome-secret")).getText();
            assertThat(code).matches(".+-[0-9]{6}-[0-9]{4,}"); // e.g. 000.00.61.H92-261207-0001
            assertThat(desk.driver.findElement(By.id("outcome-due")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(desk.active().getAttribute("id")).isEqualTo("download-receipt");
            desk.screenshot("01-tiep-nhan");
            desk.keys(Keys.ENTER);
            Path receipt = desk.downloads.resolve("bien-nhan-" + code + ".pdf");
            new WebDriverWait(desk.driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(receipt));
            assertThat(Files.readAllBytes(receipt)).startsWith("%PDF".getBytes());
            assertThat(desk.consoleErrors()).isEmpty();

            // the workflow learns of the dossier from Kafka: the unit's queue shows it once it has
            desk.open("/hang-doi?xem=unit");
            desk.wait.until(d -> {
                if (d.findElements(By.cssSelector("tr[data-code='" + code + "'] a")).isEmpty()) {
                    d.navigate().refresh();
                    return false;
                }
                return true;
            });
            desk.driver.findElement(By.cssSelector("tr[data-code='" + code + "'] a")).click();
            desk.visible(By.id("dossier-code"));
            handOn(desk, "specialist.commune", "appraise");
            desk.screenshot("02-ho-so-chuyen-xu-ly");
            assertThat(desk.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(2)
    void theSpecialistFindsItInTheirQueueAndHandsItToTheLeader() {
        {
            Browser specialist = EVIDENCE.open("specialist");
            specialist.open("/hang-doi").signIn("specialist.commune");
            specialist.visible(By.cssSelector("tr[data-code='" + code + "']"));
            specialist.screenshot("03-hang-doi");
            handOn(specialist, "leader.commune", "approve");
            assertThat(specialist.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(3)
    void theLeaderApprovesItAndIsOfferedNothingElseAfterwards() {
        {
            Browser leader = EVIDENCE.open("leader");
            leader.open("/ho-so/" + code).signIn("leader.commune");
            List<String> offered = leader.visible(By.id("actions")).findElements(By.cssSelector("[data-action]"))
                    .stream().map(b -> b.getAttribute("data-action")).toList();
            assertThat(offered).contains("APPROVE", "REJECT", "STOP", "EXTEND").doesNotContain("RETURN_RESULT");
            act(leader, "APPROVE", "Đủ điều kiện, đồng ý cấp.");
            leader.wait.until(d -> "RESULT_READY".equals(status(leader)));
            leader.screenshot("04-ho-so-da-phe-duyet");
            assertThat(leader.driver.findElements(By.cssSelector("[data-action='APPROVE']"))).isEmpty();
            assertThat(leader.consoleErrors()).isEmpty();
        }
        {
            Browser clerk = EVIDENCE.open("clerk");
            clerk.open("/ho-so/" + code).signIn("clerk.commune");
            handOn(clerk, "frontdesk.commune", "return");
            assertThat(clerk.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(4)
    void theFrontDeskReturnsTheResult() {
        {
            Browser desk = EVIDENCE.open("frontdesk-return");
            desk.open("/ho-so/" + code).signIn("frontdesk.commune");
            act(desk, "RETURN_RESULT", null);
            desk.wait.until(d -> "RESULT_RETURNED".equals(status(desk)));
            assertThat(desk.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(5)
    void theSupervisorSeesItInTodaysFiguresAndInBieu06WithItsWorkbook() throws IOException {
        {
            Browser supervisor = EVIDENCE.open("supervisor");
            supervisor.open("/bao-cao").signIn("supervisor.commune");
            // the stats service learns of the dossier from Kafka: look again until it has
            supervisor.wait.until(d -> {
                d.findElement(By.id("live-reload")).click();
                return number(d.findElement(By.cssSelector("#live-received .value")).getText()) >= 1;
            });
            supervisor.wait.until(d -> {
                d.findElement(By.cssSelector("#report-form button[type=submit]")).click();
                List<WebElement> total = d.findElements(By.cssSelector("#report-table tr.total td"));
                return total.size() > 4 && number(total.get(0).getText()) >= 1 && number(total.get(4).getText()) >= 1;
            });
            supervisor.screenshot("05-bao-cao");
            supervisor.driver.findElement(By.id("report-xlsx")).click();
            new WebDriverWait(supervisor.driver, Duration.ofSeconds(30))
                    .until(d -> downloaded(supervisor.downloads, "", ".xlsx") != null);
            assertThat(Files.readAllBytes(downloaded(supervisor.downloads, "", ".xlsx"))).startsWith("PK".getBytes());
            assertThat(supervisor.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(6)
    void theCitizenLooksItUpFromTheReceiptsAddressAndRatesTheService() {
        {
            Browser citizen = EVIDENCE.open("citizen");
            citizen.open("/tra-cuu?ma=" + code); // the receipt's QR code
            citizen.visible(By.id("lookup-secret"));
            assertThat(citizen.active().getAttribute("id")).isEqualTo("lookup-secret");
            citizen.keys(secret, Keys.ENTER);
            assertThat(citizen.visible(By.id("lookup-status")).getAttribute("data-status")).isEqualTo("RESULT_RETURNED");
            citizen.driver.findElement(By.id("rating-comment")).sendKeys("Cán bộ hướng dẫn tận tình.");
            citizen.screenshot("06-tra-cuu");
            citizen.driver.findElement(By.id("rate")).click();
            citizen.visible(By.id("rated"));
            assertThat(citizen.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(7)
    void anotherUnitsOfficialCannotOpenIt() {
        {
            Browser district = EVIDENCE.open("district");
            district.open("/ho-so/" + code).signIn("leader.district");
            WebElement notice = district.visible(By.id("notice"));
            assertThat(notice.getText()).contains("Không tìm thấy");
            assertThat(district.driver.findElements(By.id("dossier-code"))).isEmpty();
            district.screenshot("07-don-vi-khac");
            // the refused request itself is the only thing the console may report
            assertThat(district.consoleErrors()).allMatch(e -> e.contains("404"));
        }
    }

    @Test
    @Order(8)
    void aCitizenSubmitsOnlineAndTheFrontDeskAcceptsIt() {
        String online;
        {
            Browser citizen = EVIDENCE.open("citizen-online");
            citizen.open("/nop-truc-tuyen");
            citizen.visible(By.id("procedure-search"));
            citizen.keys(PROCEDURE_SEARCH);
            citizen.wait.until(d -> !d.findElements(By.cssSelector("#procedure-results input")).isEmpty());
            citizen.keys(Keys.ENTER);
            citizen.wait.until(d -> "component".equals(d.switchTo().activeElement().getAttribute("class")));
            // Space ticks a component, Tab goes to its file picker, Tab again to the next component; the first one
            // gets a scanned file, sent to document-service with the lookup code after the submission
            Path scan = onePagePdf(OUTPUT_FILES.resolve("to-khai.pdf"), "To khai (nop truc tuyen)");
            boolean attached = false;
            while ("component".equals(citizen.active().getAttribute("class"))) {
                citizen.keys(Keys.SPACE);
                citizen.keys(Keys.TAB);
                if ("component-files".equals(citizen.active().getAttribute("class"))) {
                    if (!attached) {
                        citizen.active().sendKeys(scan.toString());
                        attached = true;
                    }
                    // keys sent to a file input are taken as a file name: Tab goes through the keyboard instead
                    new org.openqa.selenium.interactions.Actions(citizen.driver).sendKeys(Keys.TAB).perform();
                }
            }
            assertThat(attached).isTrue();
            new Select(citizen.driver.findElement(By.id("submit-unit"))).selectByValue(UNIT);
            citizen.driver.findElement(By.id("applicant-name")).sendKeys("Trần Văn Bình");
            citizen.driver.findElement(By.id("applicant-id")).sendKeys("094185009876");
            citizen.driver.findElement(By.id("applicant-address")).sendKeys("Ấp Phú Đức, Long Phú");
            citizen.driver.findElement(By.id("submit")).click();
            online = citizen.visible(By.id("submitted-code")).getText();
            assertThat(citizen.driver.findElement(By.id("submitted-secret")).getText()).isNotBlank();
            citizen.wait.until(d -> "sent".equals(d.findElement(By.cssSelector("#submitted-files [data-file='0']"))
                    .getAttribute("data-state")));
            citizen.screenshot("08-nop-truc-tuyen");
            // the browser logs each 404 the page retried while document-service had not yet heard of the dossier
            assertThat(citizen.consoleErrors()).allMatch(e -> e.contains("/api/document/v1/online/dossiers/" + online
                    + "/files?") && e.contains("404"));
        }
        {
            Browser desk = EVIDENCE.open("frontdesk-online");
            desk.open("/truc-tuyen").signIn("frontdesk.commune");
            desk.visible(By.cssSelector("tr[data-code='" + online + "'] [data-open]")).click();
            assertThat(desk.visible(By.id("online-code")).getText()).isEqualTo(online);
            assertThat(desk.driver.findElement(By.id("online-status")).getAttribute("data-status")).isEqualTo("SUBMITTED_ONLINE");
            // the citizen's file, listed with a download link
            assertThat(desk.visible(By.cssSelector("#online-file-table tbody tr")).getText()).contains("to-khai.pdf");
            assertThat(desk.driver.findElements(By.cssSelector("#online-file-table [data-download]"))).hasSize(1);
            desk.screenshot("09-ho-so-truc-tuyen");
            desk.driver.findElement(By.id("online-accept")).click();
            desk.wait.until(d -> d.findElement(By.id("notice")).getText().startsWith("Đã thực hiện"));
            desk.wait.until(d -> "ACCEPTED".equals(d.findElement(By.id("online-status")).getAttribute("data-status")));
            assertThat(desk.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(9)
    void theClerkSeesTheOutgoingRegisterAndTheSupervisorTheServiceIndex() {
        {
            Browser clerk = EVIDENCE.open("clerk-outgoing");
            clerk.open("/van-ban-di").signIn("clerk.commune");
            clerk.wait.until(d -> !d.findElements(By.cssSelector("#outgoing-table, #outgoing-list p")).isEmpty()
                    && !d.findElement(By.id("outgoing-list")).getText().contains("Đang tải"));
            assertThat(clerk.driver.findElements(By.cssSelector("[data-book='outgoing']"))).hasSize(1);
            // a paper-only decision: drafted, numbered in the register, issued, each by the button the page offers
            String summary = "Về việc công nhận tổ dân vận khéo " + System.currentTimeMillis();
            new Select(clerk.driver.findElement(By.id("draft-delivery"))).selectByValue("PAPER_ONLY");
            clerk.driver.findElement(By.id("draft-summary")).sendKeys(summary);
            clerk.driver.findElement(By.id("draft-signer")).sendKeys("Lê Văn Tám");
            clerk.driver.findElement(By.id("draft-title")).sendKeys("Chủ tịch");
            clerk.driver.findElement(By.id("draft-recipients")).sendKeys("Như Điều 3;", Keys.ENTER, "Lưu: VT.");
            clerk.driver.findElement(By.cssSelector("#outgoing-draft button[type=submit]")).click();
            clerk.wait.until(d -> d.findElement(By.id("notice")).getText().startsWith("Đã thực hiện"));
            By row = By.xpath("//table[@id='outgoing-table']//tr[contains(., '" + summary + "')]");
            clerk.visible(row).findElement(By.cssSelector("[data-step='register']")).click();
            clerk.wait.until(d -> "REGISTERED".equals(d.findElement(row).getAttribute("data-status")));
            assertThat(clerk.driver.findElement(row).getText()).containsPattern("\\d+/QĐ-UBND");
            clerk.driver.findElement(row).findElement(By.cssSelector("[data-step='issue']")).click();
            clerk.wait.until(d -> "ISSUED".equals(d.findElement(row).getAttribute("data-status")));
            assertThat(clerk.driver.findElement(row).findElements(By.cssSelector("[data-step]"))).isEmpty();
            clerk.screenshot("10-van-ban-di");
            assertThat(clerk.consoleErrors()).isEmpty();
        }
        {
            Browser supervisor = EVIDENCE.open("supervisor-index");
            supervisor.open("/chi-so").signIn("supervisor.commune");
            supervisor.visible(By.cssSelector("#index-on-time .value"));
            supervisor.visible(By.cssSelector("#digitisation-table tr.total"));
            supervisor.screenshot("11-chi-so");
            assertThat(supervisor.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(10)
    void aRequestHandedInIncompleteGetsItsSupplementRequestForm02() throws IOException {
        {
            Browser desk = EVIDENCE.open("frontdesk-incomplete");
            desk.open("/tiep-nhan").signIn("frontdesk.commune");
            desk.visible(By.id("procedure-search"));
            desk.keys(PROCEDURE_SEARCH);
            desk.wait.until(d -> !d.findElements(By.cssSelector("#procedure-results input")).isEmpty());
            desk.keys(Keys.ENTER);
            desk.wait.until(d -> "component".equals(d.switchTo().activeElement().getAttribute("class")));
            while ("component".equals(desk.active().getAttribute("class"))) {
                desk.keys(Keys.TAB); // nothing ticked: every mandatory component is missing
            }
            for (int tabs = 0; tabs < 5 && !"applicant-name".equals(desk.active().getAttribute("id")); tabs++) {
                desk.keys(Keys.TAB);
            }
            desk.keys("Lê Thị Hoa", Keys.TAB, "094185004321", Keys.TAB, "04/05/1985", Keys.ENTER); // born in 85, as the id says
            desk.wait.until(d -> "INCOMPLETE".equals(d.findElement(By.id("outcome")).getAttribute("data-status")));
            assertThat(desk.driver.findElements(By.cssSelector("#outcome-missing li"))).isNotEmpty();
            assertThat(desk.active().getAttribute("id")).isEqualTo("download-form");
            desk.screenshot("12-chua-du-thanh-phan");
            desk.keys(Keys.ENTER);
            new WebDriverWait(desk.driver, Duration.ofSeconds(30))
                    .until(d -> downloaded(desk.downloads, "yeu-cau-bo-sung-", ".pdf") != null);
            Path form02 = downloaded(desk.downloads, "yeu-cau-bo-sung-", ".pdf");
            assertThat(Files.readAllBytes(form02)).startsWith("%PDF".getBytes());
            assertThat(desk.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(11)
    void aCitizenRegistersSubmitsOnlineSignedInAndFindsTheDossierInTheirAccount() {
        Browser citizen = EVIDENCE.open("citizen-account");
        citizen.open("/");
        citizen.visible(By.id("register")).click();
        // Keycloak's own registration form; the account gets the citizen role and no unit
        String name = "congdan-" + System.currentTimeMillis();
        String password = "Dk-" + java.util.UUID.randomUUID();
        citizen.visible(By.id("firstName")).sendKeys("Bình");
        citizen.driver.findElement(By.id("lastName")).sendKeys("Trần Văn");
        citizen.driver.findElement(By.id("email")).sendKeys(name + "@example.org");
        citizen.driver.findElement(By.id("username")).sendKeys(name);
        citizen.driver.findElement(By.id("password")).sendKeys(password);
        citizen.driver.findElement(By.id("password-confirm")).sendKeys(password, Keys.ENTER);
        citizen.wait.until(d -> d.getCurrentUrl().endsWith("/cua-toi"));
        citizen.wait.until(d -> d.findElement(By.id("mine")).getText().contains("Chưa có hồ sơ nào"));
        assertThat(citizen.visible(By.cssSelector(".user small")).getText()).contains("Công dân");

        // the same online form, signed in: the dossier belongs to the account
        citizen.driver.findElement(By.cssSelector("#mine a[href='/nop-truc-tuyen']")).click();
        citizen.visible(By.id("procedure-search"));
        citizen.keys(PROCEDURE_SEARCH);
        citizen.wait.until(d -> !d.findElements(By.cssSelector("#procedure-results input")).isEmpty());
        citizen.keys(Keys.ENTER);
        citizen.wait.until(d -> "component".equals(d.switchTo().activeElement().getAttribute("class")));
        while ("component".equals(citizen.active().getAttribute("class"))) {
            citizen.keys(Keys.SPACE);
            citizen.keys(Keys.TAB);
            if ("component-files".equals(citizen.active().getAttribute("class"))) {
                new org.openqa.selenium.interactions.Actions(citizen.driver).sendKeys(Keys.TAB).perform();
            }
        }
        new Select(citizen.driver.findElement(By.id("submit-unit"))).selectByValue(UNIT);
        citizen.driver.findElement(By.id("applicant-name")).sendKeys("Trần Văn Bình");
        citizen.driver.findElement(By.id("applicant-id")).sendKeys("094185009877");
        citizen.driver.findElement(By.id("applicant-address")).sendKeys("Ấp Phú Đức, Long Phú");
        citizen.driver.findElement(By.id("submit")).click();
        String online = citizen.visible(By.id("submitted-code")).getText();

        // in the account: that dossier, and no electronic result yet
        citizen.driver.findElement(By.cssSelector("a[href='/cua-toi']")).click();
        By row = By.cssSelector("#mine tr[data-code='" + online + "']");
        citizen.visible(row);
        // document-service learns of the dossier from its event: until then the account's results answer 404
        citizen.wait.until(d -> {
            d.findElement(row).findElement(By.cssSelector("button[data-results]")).click();
            return d.findElement(row).findElement(By.cssSelector(".results")).getText().contains("Chưa có kết quả điện tử");
        });
        assertThat(citizen.driver.findElements(By.cssSelector("#mine tbody tr"))).hasSize(1);
        citizen.screenshot("13-ho-so-cua-toi");
        assertThat(citizen.consoleErrors()).allMatch(e -> e.contains("/me/dossiers/" + online + "/results") && e.contains("404"));
    }

    private static void handOn(Browser b, String assignee, String step) {
        if (!b.driver.getCurrentUrl().endsWith("/ho-so/" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8))
                && !b.driver.getCurrentUrl().endsWith("/ho-so/" + code)) {
            b.open("/ho-so/" + code);
        }
        b.visible(By.cssSelector("[data-action='ASSIGN']")).click();
        WebElement form = b.visible(By.id("action-form"));
        WebElement field = form.findElement(By.name("assignee"));
        field.clear();
        field.sendKeys(assignee);
        new Select(form.findElement(By.name("step"))).selectByValue(step);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        b.wait.until(d -> d.findElement(By.id("notice")).getText().startsWith("Đã thực hiện"));
    }

    private static void act(Browser b, String action, String reason) {
        b.visible(By.cssSelector("[data-action='" + action + "']")).click();
        WebElement form = b.visible(By.id("action-form"));
        if (reason != null) {
            form.findElement(By.name("reason")).sendKeys(reason);
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        b.wait.until(d -> d.findElement(By.id("notice")).getText().startsWith("Đã thực hiện"));
    }

    private static String status(Browser b) {
        return b.driver.findElement(By.id("dossier-status")).getAttribute("data-status");
    }

    private static long number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    /** A finished download named {@code prefix…suffix}, or null while there is none. */
    private static Path downloaded(Path folder, String prefix, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(suffix))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static final Path OUTPUT_FILES = Browser.OUTPUT.resolve("files");

    /** A one-page PDF with a line of ASCII text, its cross-reference table at the right offsets. */
    static Path onePagePdf(Path file, String text) {
        String stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int i = 0; i < objects.size(); i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(start).append("\n%%EOF\n");
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, pdf.toString(), java.nio.charset.StandardCharsets.US_ASCII).toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
