package org.rongjun.messaging.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.optout.OptOut;
import org.rongjun.messaging.optout.OptOutDraft;
import org.rongjun.messaging.optout.OptOuts;

@RestController
@RequestMapping("/api/messaging/opt-outs")
class OptOutController {

	private final OptOuts optOuts;

	OptOutController(OptOuts optOuts) {
		this.optOuts = optOuts;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('messaging:opt-out:list')")
	PageResult<OptOut> list(@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable String recipientKey,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.optOuts.list(scope, channel, address, recipientKey, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('messaging:opt-out:edit')")
	void add(@Valid @RequestBody OptOutDraft draft, Principal user, RegionScope scope) {
		this.optOuts.add(draft, user.getName(), scope);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('messaging:opt-out:edit')")
	void remove(@PathVariable long id, RegionScope scope) {
		this.optOuts.remove(id, scope);
	}

}
