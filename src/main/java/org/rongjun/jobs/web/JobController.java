package org.rongjun.jobs.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.rongjun.jobs.Job;
import org.rongjun.jobs.JobFile;
import org.rongjun.jobs.Jobs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's own jobs: anyone logged in, and only their own. */
@RestController
@RequestMapping("/api/jobs")
class JobController {

	private final Jobs jobs;

	JobController(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<Job> recent(Principal user) {
		return this.jobs.recent(user.getName());
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	Job get(@PathVariable long id, Principal user) {
		return this.jobs.get(id, user.getName());
	}

	@PostMapping("/{id}/cancel")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	void cancel(@PathVariable long id, Principal user) {
		this.jobs.cancel(id, user.getName());
	}

	@GetMapping("/{id}/file")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> file(@PathVariable long id, Principal user) {
		JobFile file = this.jobs.file(id, user.getName());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

}
