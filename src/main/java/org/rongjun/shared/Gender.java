package org.rongjun.shared;

/** 性别, as GB 11643 encodes it in the 17th digit of an ID number (odd = male). */
public enum Gender {

	MALE, FEMALE

}
