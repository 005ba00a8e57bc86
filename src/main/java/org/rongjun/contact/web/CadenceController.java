package org.rongjun.contact.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.rongjun.contact.Cadence;
import org.rongjun.contact.CadenceDraft;
import org.rongjun.contact.Cadences;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contact/cadences")
class CadenceController {

	private final Cadences cadences;

	CadenceController(Cadences cadences) {
		this.cadences = cadences;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('contact:cadence:list')")
	List<Cadence> list(RegionScope scope) {
		return this.cadences.list(scope);
	}

	@PutMapping
	@PreAuthorize("hasAuthority('contact:cadence:manage')")
	Cadence save(@Valid @RequestBody CadenceDraft draft, RegionScope scope, Principal user) {
		return this.cadences.save(draft, scope, user.getName());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('contact:cadence:manage')")
	void delete(@PathVariable long id, RegionScope scope) {
		this.cadences.delete(id, scope);
	}

}
