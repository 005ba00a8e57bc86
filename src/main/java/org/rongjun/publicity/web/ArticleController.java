package org.rongjun.publicity.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.publicity.ArticleDraft;
import org.rongjun.publicity.ArticleStatus;
import org.rongjun.publicity.PolicyArticle;
import org.rongjun.publicity.PolicyArticles;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/publicity")
class ArticleController {

	private final PolicyArticles articles;

	ArticleController(PolicyArticles articles) {
		this.articles = articles;
	}

	@PostMapping("/articles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('publicity:article:edit')")
	PolicyArticle create(@Valid @RequestBody ArticleDraft draft, RegionScope scope, Principal user) {
		return this.articles.create(draft, scope, user.getName());
	}

	@PutMapping("/articles/{id}")
	@PreAuthorize("hasAuthority('publicity:article:edit')")
	PolicyArticle update(@PathVariable long id, @Valid @RequestBody ArticleDraft draft, RegionScope scope) {
		return this.articles.update(id, draft, scope);
	}

	@PostMapping("/articles/{id}/publication")
	@PreAuthorize("hasAuthority('publicity:article:publish')")
	PolicyArticle publish(@PathVariable long id, RegionScope scope, Principal user) {
		return this.articles.publish(id, scope, user.getName());
	}

	@PostMapping("/articles/{id}/withdrawal")
	@PreAuthorize("hasAuthority('publicity:article:publish')")
	PolicyArticle withdraw(@PathVariable long id, RegionScope scope) {
		return this.articles.withdraw(id, scope);
	}

	@GetMapping("/articles")
	@PreAuthorize("hasAuthority('publicity:article:list')")
	PageResult<PolicyArticle> list(@RequestParam(required = false) @Nullable ArticleStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.articles.list(scope, status, PageQuery.of(page, size));
	}

	@GetMapping("/articles/{id}")
	@PreAuthorize("hasAuthority('publicity:article:list')")
	PolicyArticle get(@PathVariable long id, RegionScope scope) {
		return this.articles.get(id, scope);
	}

	/**
	 * The read-only feed for staff and veterans: published articles of the region and
	 * above.
	 */
	@GetMapping("/feed")
	@PreAuthorize("hasAuthority('publicity:article:read')")
	PageResult<PolicyArticle> feed(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.articles.readable(scope, PageQuery.of(page, size));
	}

	@GetMapping("/feed/{id}")
	@PreAuthorize("hasAuthority('publicity:article:read')")
	PolicyArticle read(@PathVariable long id, RegionScope scope) {
		return this.articles.read(id, scope);
	}

}
