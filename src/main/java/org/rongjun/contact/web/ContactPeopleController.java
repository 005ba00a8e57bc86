package org.rongjun.contact.web;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.rongjun.contact.ContactPeople;
import org.rongjun.contact.FollowedPerson;
import org.rongjun.contact.PeopleFilter;
import org.rongjun.organization.StaffMember;
import org.rongjun.shared.EnumParams;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contact")
class ContactPeopleController {

	private final ContactPeople people;

	ContactPeopleController(ContactPeople people) {
		this.people = people;
	}

	record LiaisonChoice(@Nullable Long staffId) {
	}

	record Me(@Nullable StaffMember staff) {
	}

	record Synced(int changed) {
	}

	@GetMapping("/people")
	@PreAuthorize("hasAuthority('contact:people:list')")
	PageResult<FollowedPerson> search(@RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Long liaisonId,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.people.search(EnumParams.parse(PeopleFilter.class, filter, "filter", PeopleFilter.ALL), regionCode,
				liaisonId, q, scope, PageQuery.of(page, size));
	}

	@GetMapping("/people/{veteranId}")
	@PreAuthorize("hasAuthority('contact:people:list')")
	FollowedPerson get(@PathVariable long veteranId, RegionScope scope) {
		return this.people.get(veteranId, scope);
	}

	@PutMapping("/people/{veteranId}/liaison")
	@PreAuthorize("hasAuthority('contact:liaison:assign')")
	FollowedPerson assign(@PathVariable long veteranId, @RequestBody LiaisonChoice choice, RegionScope scope) {
		return this.people.assignLiaison(veteranId, choice.staffId(), scope);
	}

	@PostMapping("/people/sync")
	@PreAuthorize("hasAuthority('contact:liaison:assign')")
	Synced sync(@RequestParam(required = false) @Nullable String regionCode, RegionScope scope) {
		return new Synced(this.people.sync(regionCode, scope));
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('contact:people:list')")
	PageResult<FollowedPerson> mine(@RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope, Principal user) {
		return this.people.mine(user.getName(),
				EnumParams.parse(PeopleFilter.class, filter, "filter", PeopleFilter.DUE), q, scope,
				PageQuery.of(page, size));
	}

	@GetMapping("/me")
	@PreAuthorize("hasAuthority('contact:people:list')")
	Me me(Principal user) {
		return new Me(this.people.me(user.getName()).orElse(null));
	}

}
