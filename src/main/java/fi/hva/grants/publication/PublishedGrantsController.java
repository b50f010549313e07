package fi.hva.grants.publication;

import fi.hva.grants.common.HtmlPages;
import fi.hva.grants.common.Messages;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grants of earlier years for anyone to read (seed 002), as a page and as CSV. Read-only: only GET is mapped, and
 * nothing about the associations' people is in the data behind it ({@link PublishedGrant}).
 */
@RestController
class PublishedGrantsController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final PublishedGrants grants;
    private final PublishedGrantsCsv csv;
    private final HtmlPages pages;
    private final Messages messages;
    private final RegionProperties region;

    PublishedGrantsController(PublishedGrants grants, PublishedGrantsCsv csv, HtmlPages pages, Messages messages,
                              RegionProperties region) {
        this.grants = grants;
        this.csv = csv;
        this.pages = pages;
        this.messages = messages;
        this.region = region;
    }

    @GetMapping("/avustukset")
    public ResponseEntity<String> years() {
        Map<String, Object> model = model();
        model.put("years", grants.years());
        return ResponseEntity.ok().contentType(HTML).body(pages.render("published-grants", model));
    }

    @GetMapping("/avustukset/{year}")
    public ResponseEntity<String> page(@PathVariable String year) {
        Map<String, Object> model = model();
        if (!YEAR.matcher(year).matches()) {
            model.put("problem", messages.get("published.badYear", year));
            return ResponseEntity.badRequest().contentType(HTML).body(pages.render("published-grants", model));
        }
        List<PublishedGrant> published = grants.of(Integer.parseInt(year));
        model.put("year", year);
        model.put("grants", published.stream().map(grant -> new Row(grant.association(), grant.activity(),
                messages.label("grantForm", grant.grantForm()), Messages.euros(grant.amount()))).toList());
        model.put("total", Messages.euros(published.stream().map(PublishedGrant::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        model.put("csvLink", "/avustukset/" + year + ".csv");
        return ResponseEntity.ok().contentType(HTML).body(pages.render("published-grants", model));
    }

    @GetMapping("/avustukset/{year}.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String year) {
        if (!YEAR.matcher(year).matches()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(messages.get("published.badYear", year).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", ContentDisposition.attachment().filename("avustukset-" + year + ".csv").build().toString())
                .body(csv.write(grants.of(Integer.parseInt(year))));
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("region", region.name());
        return model;
    }

    /** A grant as the page shows it. */
    public record Row(String association, String activity, String grantForm, String amount) {
    }
}
