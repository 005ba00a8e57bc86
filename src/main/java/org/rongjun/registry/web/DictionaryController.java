package org.rongjun.registry.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.rongjun.registry.dictionary.DictionaryItem;
import org.rongjun.registry.dictionary.DictionaryItemDraft;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.dictionary.DictionarySynonym;
import org.rongjun.registry.dictionary.DictionarySynonymDraft;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/dictionaries")
class DictionaryController {

	private final DictionaryService dictionary;

	DictionaryController(DictionaryService dictionary) {
		this.dictionary = dictionary;
	}

	/** Everyone who reads person files needs the labels of their codes. */
	@GetMapping("/{kind}")
	@PreAuthorize("hasAnyAuthority('registry:veteran:list', 'registry:dictionary:manage')")
	List<DictionaryItem> list(@PathVariable String kind,
			@RequestParam(defaultValue = "false") boolean includeInactive) {
		return this.dictionary.list(kind, includeInactive);
	}

	@PostMapping("/{kind}")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:dictionary:manage')")
	DictionaryItem add(@PathVariable String kind, @Valid @RequestBody DictionaryItemDraft draft) {
		return this.dictionary.add(kind, draft);
	}

	@PutMapping("/{kind}/{code}")
	@PreAuthorize("hasAuthority('registry:dictionary:manage')")
	DictionaryItem change(@PathVariable String kind, @PathVariable String code,
			@Valid @RequestBody DictionaryItemDraft draft) {
		return this.dictionary.change(kind, code, draft);
	}

	/** The other wordings of a list's items that an import reads (党员 → 中共党员). */
	@GetMapping("/{kind}/synonyms")
	@PreAuthorize("hasAnyAuthority('registry:veteran:list', 'registry:dictionary:manage')")
	List<DictionarySynonym> synonyms(@PathVariable String kind) {
		return this.dictionary.synonyms(kind);
	}

	@PostMapping("/{kind}/synonyms")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:dictionary:manage')")
	DictionarySynonym addSynonym(@PathVariable String kind, @Valid @RequestBody DictionarySynonymDraft draft,
			Principal user) {
		return this.dictionary.addSynonym(kind, draft, user.getName());
	}

	@DeleteMapping("/{kind}/synonyms/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('registry:dictionary:manage')")
	void removeSynonym(@PathVariable String kind, @PathVariable long id) {
		this.dictionary.removeSynonym(kind, id);
	}

}
