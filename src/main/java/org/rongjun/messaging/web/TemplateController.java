package org.rongjun.messaging.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.rongjun.messaging.template.MessageTemplate;
import org.rongjun.messaging.template.MessageTemplates;
import org.rongjun.messaging.template.TemplateDraft;
import org.rongjun.messaging.template.TemplatePreview;
import org.rongjun.shared.RegionScope;

/**
 * Templates inside the caller's scope: their own region's and below, read-only those of
 * the regions above.
 */
@RestController
@RequestMapping("/api/messaging/templates")
class TemplateController {

	private final MessageTemplates templates;

	TemplateController(MessageTemplates templates) {
		this.templates = templates;
	}

	record PreviewRequest(@NotBlank(message = "请填写标题") String title, @NotBlank(message = "请填写正文") String body,
			@Nullable Map<String, String> variables) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('messaging:template:list')")
	List<MessageTemplate> list(RegionScope scope) {
		return this.templates.list(scope);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('messaging:template:list')")
	MessageTemplate get(@PathVariable long id, RegionScope scope) {
		return this.templates.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('messaging:template:edit')")
	MessageTemplate create(@Valid @RequestBody TemplateDraft draft, RegionScope scope) {
		return this.templates.create(draft, scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('messaging:template:edit')")
	MessageTemplate update(@PathVariable long id, @Valid @RequestBody TemplateDraft draft, RegionScope scope) {
		return this.templates.update(id, draft, scope);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('messaging:template:edit')")
	void delete(@PathVariable long id, RegionScope scope) {
		this.templates.delete(id, scope);
	}

	@PostMapping("/preview")
	@PreAuthorize("hasAuthority('messaging:template:list')")
	TemplatePreview preview(@Valid @RequestBody PreviewRequest request) {
		return this.templates.preview(request.title(), request.body(),
				(request.variables() != null) ? request.variables() : Map.of());
	}

}
