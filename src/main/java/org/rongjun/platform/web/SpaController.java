package org.rongjun.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Vue app routes in the browser (HTML5 history), so a reload of
 * {@code /organization/stations} must answer with the app's index page. Paths with a dot
 * (assets) and {@code /api} are not matched.
 */
@Controller
class SpaController {

	@GetMapping({ "/", "/{first:^(?!api$|actuator$|assets$)[^.]*}", "/{first:^(?!api$|actuator$|assets$)[^.]*}/**" })
	String index() {
		return "forward:/index.html";
	}

}
