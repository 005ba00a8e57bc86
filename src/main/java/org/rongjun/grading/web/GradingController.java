package org.rongjun.grading.web;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.grading.Assessment;
import org.rongjun.grading.Assessments;
import org.rongjun.grading.CriteriaSet;
import org.rongjun.grading.GradeCount;
import org.rongjun.grading.GradingNote;
import org.rongjun.grading.ImprovementTask;
import org.rongjun.grading.StationStanding;
import org.rongjun.organization.StationGrade;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stations by grade, their history, the criteria sets and the improvement tasks. */
@RestController
@RequestMapping("/api/grading")
class GradingController {

	private final Assessments assessments;

	GradingController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/stations")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	PageResult<StationStanding> stations(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.assessments.standings(scope, null, PageQuery.of(page, size));
	}

	@GetMapping("/stations/{stationId}/history")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	List<Assessment> history(@PathVariable long stationId, RegionScope scope) {
		return this.assessments.history(stationId, scope);
	}

	@GetMapping("/overview")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	List<GradeCount> overview(RegionScope scope) {
		return this.assessments.overview(scope);
	}

	@GetMapping("/criteria")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	List<CriteriaSet> criteria() {
		return this.assessments.criteriaSets();
	}

	@GetMapping("/criteria/current")
	@PreAuthorize("hasAuthority('grading:assessment:list')")
	CriteriaSet current(@RequestParam StationGrade grade, @RequestParam int year) {
		return this.assessments.criteria(grade, year);
	}

	@PostMapping("/tasks/{id}/completion")
	@PreAuthorize("hasAuthority('grading:assessment:submit')")
	ImprovementTask complete(@PathVariable long id, @Valid @RequestBody GradingNote note, RegionScope scope) {
		return this.assessments.completeTask(id, note, scope);
	}

}
