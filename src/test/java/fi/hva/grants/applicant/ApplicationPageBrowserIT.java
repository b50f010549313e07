package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.HeadlessChromium;
import fi.hva.grants.deadline.NoticeChannel;
import fi.hva.grants.grant.ApplicationAttachmentRepository;
import fi.hva.grants.grant.AttachmentInfo;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.grant.TestFiles;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.security.DemoSecurityTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Acceptance of the e-service in a real browser: an association signs in with the mailed link,
 * fills the form-js application form of an open call with an attachment and sends it; the
 * application's instance is then in the engine and the liaison officer opens the attachment.
 */
@DemoSecurityTest
class ApplicationPageBrowserIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+(/hae/\\S+)");
    private static final String EMAIL = "selain.testaaja@example.fi";
    private static final String BUSINESS_ID = "1572860-0";

    @LocalServerPort int port;
    @Autowired GrantCallRepository calls;
    @Autowired GrantApplicationRepository applications;
    @Autowired ApplicationAttachmentRepository attachments;
    @Autowired SentMailRepository mails;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TransactionTemplate tx;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAssociationAppliesWithAnAttachmentAndTheOfficerOpensIt() throws Exception {
        OpenCall call = tx.execute(status -> calls.findAll().stream().filter(c -> c.getStatus() == CallStatus.OPEN).findFirst()
                .map(c -> new OpenCall(c.getCode(), new TreeSet<>(c.getContentAreas()).first(), new TreeSet<>(c.getHyteAreas()).first()))
                .orElseThrow());
        browser.get(url("/hae/" + call.code()));
        // What is published of the call shows before signing in (issue 15), and the privacy notice is a link away.
        WebElement published = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("callInfo")));
        assertThat(published.getText()).contains("Arviointikriteerit ja niiden painoarvot", "Hakuaika", "Suurin myönnettävä avustus",
                "https://hyvinvointialue.kainuu.fi/jarjestoyhteistyo");
        assertThat(browser.findElements(By.cssSelector("#callCriteria tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("privacyNotice")).getAttribute("href")).endsWith("/tietosuoja");
        type(By.id("signInBusinessId"), BUSINESS_ID);
        type(By.id("signInEmail"), EMAIL);
        browser.findElement(By.cssSelector("#signIn button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#app .notice"), EMAIL));

        browser.get(url(mailedLinkPath()));
        WebElement iban = wait.until(ExpectedConditions.visibilityOfElementLocated(field("iban")));
        assertThat(browser.findElement(field("callCode")).getAttribute("value")).isEqualTo(call.code());
        assertThat(browser.findElements(field("receivedOn"))).as("paper-only field hidden").isEmpty();
        assertThat(browser.findElement(By.cssSelector("[id$='Field_activityType-display']")).getText())
                .as("form-js's own placeholder in Finnish").isEqualTo("Valitse");
        type(field("associationName"), "Selainyhdistys ry");
        type(field("municipality"), "Kajaani");
        // The eligibility declarations are required radio buttons; the first option of each is "Kyllä".
        browser.findElement(By.cssSelector("[id$='Field_registeredAssociation-0']")).click();
        browser.findElement(By.cssSelector("[id$='Field_nonProfit-0']")).click();
        type(field("contactName"), "Selma Selain");
        type(field("contactPhone"), "040 123 4567");
        iban.sendKeys(ProcessFixtures.VALID_IBAN);
        type(field("activityName"), "Liikuntaryhmät ikääntyneille");
        type(field("activityDescription"), "Viikoittaiset liikuntaryhmät kotona asuville ikääntyneille.");
        choose("activityType", "PEER_SUPPORT");
        choose("targetGroup", "ELDERLY");
        choose("contentArea", call.contentArea());
        choose("hyteArea", call.hyteArea());
        type(field("requestedAmount"), "4500");
        assertThat(browser.findElement(field("postalAddress")).isDisplayed()).as("an address is asked for without consent").isTrue();
        browser.findElement(field("electronicNoticeConsent")).click();
        assertThat(browser.findElements(field("postalAddress"))).as("no address needed with consent to e-mail").isEmpty();
        Path budget = Files.createTempFile("talousarvio", ".pdf");
        Files.write(budget, TestFiles.pdf());
        browser.findElement(By.id("attachment-BUDGET")).sendKeys(budget.toString());

        browser.findElement(By.id("submitApplication")).click();

        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("app")), "data-application-number"));
        String number = browser.findElement(By.id("app")).getAttribute("data-application-number");
        assertThat(browser.findElement(By.id("status")).getText()).contains("Hakemus on vastaanotettu", number);

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS)
                .processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isNotNull();
        GrantApplication application = applications.findByApplicationNumber(number).orElseThrow();
        assertThat(application.getChannel()).isEqualTo(Channel.ELECTRONIC);
        assertThat(application.getContactEmail()).isEqualTo(EMAIL);
        assertThat(application.noticeChannelChosen()).isEqualTo(NoticeChannel.EMAIL);
        assertThat(application.getElectronicNoticeConsentAt()).isNotNull();
        List<AttachmentInfo> files = attachments.findInfoByApplicationIdOrderById(application.getId());
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getFileName()).isEqualTo(budget.getFileName().toString());
            assertThat(file.getContentType()).isEqualTo("application/pdf");
        });

        browser.get(url("/asiointi"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(number))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseStatus"))).getText()).contains("vastaanotettu");
        Path more = Files.createTempFile("lisaselvitys", ".docx");
        Files.write(more, TestFiles.docx());
        browser.findElement(By.id("attachment-OTHER")).sendKeys(more.toString());
        browser.findElement(By.cssSelector("#addAttachment button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseAttachments"), more.getFileName().toString()));
        assertThat(browser.findElement(By.id("caseAttachments")).getText()).contains(budget.getFileName().toString());

        // The demo's listing directory does not know the association: the liaison officer checks the listing by hand,
        // and while that is her task she opens the application's attachments.
        for (var job = managementService.createJobQuery().processInstanceId(instance.getId()).executable().singleResult(); job != null;
                job = managementService.createJobQuery().processInstanceId(instance.getId()).executable().singleResult()) {
            managementService.executeJob(job.getId());
        }
        logInToTasklist("liisa");
        browser.get(url("/applications/" + application.getId() + "/attachments"));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(budget.getFileName().toString())));
        assertThat(link.getAttribute("href")).endsWith("/attachments/" + files.get(0).getId());
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Talousarvio");
    }

    private String mailedLinkPath() {
        SentMail mail = mails.findAll().stream().filter(m -> m.getRecipient().equals(EMAIL))
                .max(Comparator.comparing(SentMail::getId)).orElseThrow();
        Matcher matcher = LINK.matcher(mail.getBody());
        assertThat(matcher.find()).as("sign-in link in %s", mail.getBody()).isTrue();
        return matcher.group(1);
    }

    private void logInToTasklist(String user) {
        browser.get(url("/camunda/app/tasklist/default/"));
        type(By.cssSelector("input[name='username'], input#inputUsername, input[ng-model='username']"), user);
        type(By.cssSelector("input[type='password']"), "demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
    }

    private void type(By locator, String text) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        element.clear();
        element.sendKeys(text);
    }

    /** form-js gives each field an id ending in the field's id of the form definition. */
    private static By field(String key) {
        return By.cssSelector("[id$='Field_" + key + "']");
    }

    /** Picks a value of a form-js select by the label the form definition gives it, as a user would. */
    private void choose(String key, String value) throws Exception {
        String label = null;
        for (JsonNode component : new ObjectMapper().readTree(getClass().getResourceAsStream("/forms/application.form")).get("components")) {
            if (key.equals(component.path("key").asText())) {
                for (JsonNode option : component.get("values")) {
                    if (value.equals(option.get("value").asText())) {
                        label = option.get("label").asText();
                    }
                }
            }
        }
        assertThat(label).as("label of %s in %s", value, key).isNotNull();
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='Field_" + key + "-display']")));
        select.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']"))).click();
    }

    private record OpenCall(String code, String contentArea, String hyteArea) {
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
