package vn.hotline1022.routing.rules;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

record RuleRequest(
        @NotEmpty(message = "routing.rule.targets.required") @Size(max = 10) List<String> targets,
        @NotNull(message = "routing.rule.kb-only.required") Boolean knowledgeBaseOnly,
        @Size(max = 500) String reason) {
}
