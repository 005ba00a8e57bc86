package org.rongjun.shared;

/**
 * One text to one mobile number, sent now rather than queued with a campaign: for
 * messages that expire within minutes (a one-time sign-up code), where a retry after the
 * expiry would only confuse. The messaging module implements it over its SMS channel; a
 * module that needs it depends on this type, not on messaging.
 */
public interface DirectTexts {

	/**
	 * Sends {@code text} to {@code phone}; throws {@link ProblemException} (503) when the
	 * SMS gateway cannot take it now.
	 */
	void send(String phone, String text);

}
