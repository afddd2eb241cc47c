/**
 * The characters an enrollment code is made of: capitals and digits without 0/O and 1/I, which a
 * coordinator reading a code over the phone to a van cannot tell apart. 32 of them, so each is 5 bits
 * and a random byte maps onto one without bias.
 */
export const ENROLL_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
