package org.rongjun.grading.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.grading.Assessment;
import org.rongjun.grading.AssessmentDraft;
import org.rongjun.grading.AssessmentStatus;
import org.rongjun.grading.Assessments;
import org.rongjun.grading.GradingNote;
import org.rongjun.grading.Judgement;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Station assessments from self-assessment through the township's review to the county's
 * rating.
 */
@RestController
@RequestMapping("/api/grading/assessments")
class AssessmentController {

	private final Assessments assessments;

	private final Attachments attachments;

	AssessmentController(Assessments assessments, Attachments attachments) {
		this.assessments = assessments;
		this.attachments = attachments;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	PageResult<Assessment> list(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable AssessmentStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.assessments.list(scope, year, status, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('grading:assessment:submit')")
	Assessment create(@Valid @RequestBody AssessmentDraft draft, RegionScope scope, Principal user) {
		return this.assessments.create(draft, scope, user.getName());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	Assessment get(@PathVariable long id, RegionScope scope) {
		return this.assessments.get(id, scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('grading:assessment:submit')")
	Assessment update(@PathVariable long id, @Valid @RequestBody AssessmentDraft draft, RegionScope scope) {
		return this.assessments.update(id, draft, scope);
	}

	@PostMapping("/{id}/submission")
	@PreAuthorize("hasAuthority('grading:assessment:submit')")
	Assessment submit(@PathVariable long id, RegionScope scope, Principal user) {
		return this.assessments.submit(id, scope, user.getName());
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('grading:assessment:review')")
	Assessment review(@PathVariable long id, @Valid @RequestBody Judgement judgement, RegionScope scope,
			Principal user) {
		return this.assessments.review(id, judgement, scope, user.getName());
	}

	@PostMapping("/{id}/rating")
	@PreAuthorize("hasAuthority('grading:assessment:rate')")
	Assessment rate(@PathVariable long id, @Valid @RequestBody Judgement judgement, RegionScope scope, Principal user) {
		return this.assessments.rate(id, judgement, scope, user.getName());
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAuthority('grading:assessment:review') or hasAuthority('grading:assessment:rate')")
	Assessment giveBack(@PathVariable long id, @Valid @RequestBody GradingNote note, RegionScope scope,
			Principal user) {
		return this.assessments.giveBack(id, note, scope, user.getName());
	}

	@GetMapping("/{id}/evidence")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	List<Attachment> evidence(@PathVariable long id, RegionScope scope) {
		return this.attachments.list(this.assessments.evidenceToRead(id, scope));
	}

	@PostMapping("/{id}/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('grading:assessment:submit')")
	Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) {
		return this.attachments.store(this.assessments.evidenceToChange(id, scope), file, user.getName());
	}

	@GetMapping("/{id}/evidence/{attachmentId}")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		return AttachmentResponses
			.inline(this.attachments.get(attachmentId, this.assessments.evidenceToRead(id, scope)), this.attachments);
	}

	@DeleteMapping("/{id}/evidence/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('grading:assessment:submit')")
	void delete(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.attachments.delete(this.attachments.get(attachmentId, this.assessments.evidenceToChange(id, scope)).id());
	}

}
