package org.rongjun;

import java.util.Arrays;

import org.rongjun.platform.DatabaseRolesCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class RongjunApplication {

	public static void main(String[] args) {
		// The database roles must exist before the application can log in with them.
		if (DatabaseRolesCommand.requested(args)) {
			System.exit(DatabaseRolesCommand.run(args));
		}
		SpringApplication application = new SpringApplication(RongjunApplication.class);
		// One-shot commands (e.g. --import-regions=DIR) run without the web server and
		// exit.
		if (Arrays.stream(args)
			.anyMatch((arg) -> arg.startsWith("--import-regions") || arg.startsWith("--bootstrap-admins")
					|| arg.startsWith("--create-admin") || arg.startsWith("--reset-password"))) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		// "--no-demo" is the documented switch; it is the same as
		// --rongjun.demo.enabled=false.
		String[] effective = Arrays.stream(args)
			.map((arg) -> "--no-demo".equals(arg) ? "--rongjun.demo.enabled=false" : arg)
			.toArray(String[]::new);
		application.run(effective);
	}

}
