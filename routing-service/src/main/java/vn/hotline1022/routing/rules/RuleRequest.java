package vn.hotline1022.routing.rules;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

record RuleRequest(
        @NotEmpty(message = "Cần ít nhất một đơn vị phụ trách") @Size(max = 10) List<String> targets,
        @NotNull(message = "Bắt buộc cho biết có chỉ trả lời từ cơ sở tri thức không") Boolean knowledgeBaseOnly,
        @Size(max = 500) String reason) {
}
