package fi.hva.grants.applicant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applicant/applications/{number}")
@Tag(name = "Vastaukset", description = "Täydennys, avustuksesta luopuminen, käyttöselvitys, vastine ja oikaisuvaatimus")
class ApplicantReplyController {

    private final ApplicantReplies replies;
    private final ApplicantCases cases;

    ApplicantReplyController(ApplicantReplies replies, ApplicantCases cases) {
        this.replies = replies;
        this.cases = cases;
    }

    @PostMapping("/info-reply")
    @Operation(summary = "Vastaa täydennyspyyntöön")
    public ApplicationView answerInfoRequest(Applicant applicant, @PathVariable String number,
                                             @RequestBody ApplicantRequests.InfoAnswer body) {
        return cases.summary(replies.answerInfoRequest(applicant, number, body == null ? null : body.answer()));
    }

    @PostMapping("/decline")
    @Operation(summary = "Luovu myönnetystä avustuksesta ennen sen maksamista")
    public ApplicationView decline(Applicant applicant, @PathVariable String number) {
        return cases.summary(replies.declineGrant(applicant, number));
    }

    @PostMapping("/use-report")
    @Operation(summary = "Jätä käyttöselvitys")
    public ApplicationView reportUse(Applicant applicant, @PathVariable String number,
                                     @RequestBody ApplicantRequests.UseReport body) {
        return cases.summary(replies.reportUse(applicant, number, body == null ? null : body.usedAmount(),
                body == null ? null : body.content()));
    }

    @PostMapping("/hearing-response")
    @Operation(summary = "Anna vastine takaisinperinnän kuulemiseen (hallintolaki 34 §)")
    public ApplicationView respondToHearing(Applicant applicant, @PathVariable String number,
                                            @RequestBody ApplicantRequests.HearingResponse body) {
        return cases.summary(replies.respondToHearing(applicant, number, body == null ? null : body.response()));
    }

    @PostMapping("/rectification-request")
    @Operation(summary = "Tee oikaisuvaatimus päätökseen")
    public ApplicationView requestRectification(Applicant applicant, @PathVariable String number,
                                                @RequestBody ApplicantRequests.Rectification body) {
        return cases.summary(replies.requestRectification(applicant, number, body == null ? null : body.content()));
    }
}
