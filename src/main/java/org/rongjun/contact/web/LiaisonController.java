package org.rongjun.contact.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.rongjun.contact.Handover;
import org.rongjun.contact.Liaisons;
import org.rongjun.contact.VillageAssignment;
import org.rongjun.contact.VillageLiaison;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contact")
class LiaisonController {

	private final Liaisons liaisons;

	LiaisonController(Liaisons liaisons) {
		this.liaisons = liaisons;
	}

	record Assigned(long assigned) {
	}

	record HandoverRequest(@NotNull(message = "请选择接手的联络员") Long toStaffId) {
	}

	@GetMapping("/villages")
	@PreAuthorize("hasAuthority('contact:liaison:assign')")
	List<VillageLiaison> villages(@RequestParam String regionCode, RegionScope scope) {
		return this.liaisons.villages(regionCode, scope);
	}

	@PostMapping("/assignments")
	@PreAuthorize("hasAuthority('contact:liaison:assign')")
	Assigned assign(@Valid @RequestBody VillageAssignment assignment, RegionScope scope, Principal user) {
		return new Assigned(this.liaisons.assignVillages(assignment, scope, user.getName()));
	}

	@PostMapping("/liaisons/{staffId}/handover")
	@PreAuthorize("hasAuthority('contact:liaison:assign')")
	Handover handOver(@PathVariable long staffId, @Valid @RequestBody HandoverRequest request, RegionScope scope) {
		return this.liaisons.handOver(staffId, request.toStaffId(), scope);
	}

}
