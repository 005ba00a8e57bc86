package org.rongjun.grants;

/**
 * How an approved grant reaches the household: with the next payment run to the bank
 * account on file (社会化发放), or offline (cash or transfer by the station, recorded with its
 * voucher), as for emergencies paid first and documented after (先行救助).
 */
public enum Payout {

	PAYMENT_RUN, OFFLINE

}
