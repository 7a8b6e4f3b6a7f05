package vn.hotline1022.intake.call;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.intake.call.domain.Channel;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.ReferenceData;
import vn.hotline1022.intake.reference.domain.Topic;

import java.util.Arrays;
import java.util.List;

/** The codes and Vietnamese names behind the console's pickers. */
@RestController
@RequiredArgsConstructor
class ReferenceController {

    record ReferenceView(String province, List<Locality> localities, List<Topic> topics,
                         List<String> channels, List<String> outcomes) {
    }

    private final ReferenceData reference;

    @GetMapping("/api/calls/reference")
    ReferenceView reference() {
        return new ReferenceView(reference.province(), reference.localities(), reference.topics(),
                Arrays.stream(Channel.values()).map(Enum::name).toList(),
                Arrays.stream(Outcome.values()).map(Enum::name).toList());
    }
}
